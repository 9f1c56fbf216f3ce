import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import type { Organisation } from '../organisations/organisation';
import { claimSetting } from '../settings/repository';
import { countUsers } from '../users/repository';
import type { SetUpInput } from '../users/schema';
import { deleteSetupCodes, isSetupCodeValid } from '../users/setup-code';
import type { User } from '../users/user';
import { createAccountWithOrganisation } from './new-account';

/**
 * The first account of an instance: an administrator, owner of a first organisation. Works once, and only
 * with a set-up code printed on the server's console.
 */
export async function setUpAdministrator(
	db: Kysely<Database>,
	input: SetUpInput,
	now = new Date()
): Promise<{ user: User; organisation: Organisation }> {
	const passwordHash = await hashPassword(input.password);
	return db.transaction().execute(async (trx) => {
		if ((await countUsers(trx)) > 0) throw new DomainError('conflict', 'errors.setup_done');
		if (!(await isSetupCodeValid(trx, input.setupCode))) {
			throw new DomainError('forbidden', 'errors.setup_code_wrong', { field: 'setupCode' });
		}
		if (!(await claimSetting(trx, 'setup_completed_at', now.toISOString())))
			throw new DomainError('conflict', 'errors.setup_done');
		await deleteSetupCodes(trx);
		return createAccountWithOrganisation(trx, input, passwordHash, true, now);
	});
}
