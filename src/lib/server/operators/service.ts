import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password';
import { generateId } from '../crypto';
import type { Database, OrganisationType, Role } from '../db/schema';
import { DomainError } from '../errors';
import type { Organisation } from '../organisations/organisation';
import * as organisations from '../organisations/repository';
import * as users from '../users/repository';
import type { User } from '../users/user';

/**
 * For operators (the CLI): a user in the organisation of that name, created if none has it.
 * A new organisation must start with an owner.
 */
export async function addUserToOrganisation(
	db: Kysely<Database>,
	input: {
		email: string;
		password: string;
		name: string;
		isAdmin: boolean;
		organisationName: string;
		organisationType: OrganisationType;
		role: Role;
	},
	now = new Date()
): Promise<{ user: User; organisation: Organisation; createdOrganisation: boolean }> {
	const passwordHash = await hashPassword(input.password);
	const createdAt = now.toISOString();
	return db.transaction().execute(async (trx) => {
		const existing = await organisations.findOrganisationByName(trx, input.organisationName);
		if (existing && existing.type !== input.organisationType) {
			throw new DomainError('conflict', 'errors.organisation_type_mismatch');
		}
		if (!existing && input.role !== 'owner') throw new DomainError('invalid', 'errors.new_organisation_needs_owner');
		const organisation: Organisation = existing ?? {
			id: generateId(),
			name: input.organisationName,
			type: input.organisationType,
			createdAt,
			verifiedAt: null,
			verifiedBy: null
		};
		const user: User = {
			id: generateId(),
			email: input.email,
			name: input.name,
			isAdmin: input.isAdmin,
			createdAt,
			locale: null
		};
		if (!(await users.insertUser(trx, { ...user, passwordHash })))
			throw new DomainError('conflict', 'errors.email_taken');
		if (!existing && !(await organisations.insertOrganisation(trx, organisation))) {
			throw new DomainError('conflict', 'errors.organisation_name_taken');
		}
		await organisations.insertMembership(trx, {
			organisationId: organisation.id,
			userId: user.id,
			role: input.role,
			createdAt
		});
		return { user, organisation, createdOrganisation: !existing };
	});
}
