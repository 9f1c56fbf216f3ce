import type { Kysely } from 'kysely';
import { setUpAdministrator } from '$lib/server/accounts/set-up';
import type { Database } from '$lib/server/db/schema';
import type { Organisation } from '$lib/server/organisations/organisation';
import { issueSetupCode } from '$lib/server/users/setup-code';
import type { User } from '$lib/server/users/user';

export const admin = {
	name: 'Awa Diop',
	email: 'awa@example.org',
	password: 'a long enough password',
	organisationName: 'Sahel Info',
	organisationType: 'ngo' as const
};

export const ADDRESS = '192.0.2.10';

/** The administrator, with the code a start of the server would have printed. */
export async function setUpWithIssuedCode(db: Kysely<Database>): Promise<{ user: User; organisation: Organisation }> {
	return setUpAdministrator(db, { ...admin, setupCode: (await issueSetupCode(db))! });
}
