import type { Transaction } from 'kysely';
import { generateId } from '../crypto';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import type { Organisation } from '../organisations/organisation';
import { findOrganisationByName, insertMembership, insertOrganisation } from '../organisations/repository';
import { insertUser } from '../users/repository';
import type { AccountInput, SignUpInput } from '../users/schema';
import type { User } from '../users/user';

export async function insertNewUser(
	trx: Transaction<Database>,
	input: AccountInput,
	passwordHash: string,
	isAdmin: boolean,
	now: Date
): Promise<User> {
	const user: User = {
		id: generateId(),
		email: input.email,
		name: input.name,
		isAdmin,
		createdAt: now.toISOString(),
		locale: null
	};
	if (!(await insertUser(trx, { ...user, passwordHash }))) {
		throw new DomainError('conflict', 'errors.email_taken', { field: 'email' });
	}
	return user;
}

export async function rejectTakenOrganisationName(trx: Transaction<Database>, name: string): Promise<void> {
	if (await findOrganisationByName(trx, name)) throw nameTaken();
}

export async function createAccountWithOrganisation(
	trx: Transaction<Database>,
	input: SignUpInput,
	passwordHash: string,
	isAdmin: boolean,
	now: Date
): Promise<{ user: User; organisation: Organisation }> {
	const user = await insertNewUser(trx, input, passwordHash, isAdmin, now);
	const createdAt = user.createdAt;
	const organisation: Organisation = {
		id: generateId(),
		name: input.organisationName,
		type: input.organisationType,
		createdAt,
		verifiedAt: null,
		verifiedBy: null
	};
	if (!(await insertOrganisation(trx, organisation))) throw nameTaken();
	await insertMembership(trx, { organisationId: organisation.id, userId: user.id, role: 'owner', createdAt });
	return { user, organisation };
}

function nameTaken(): DomainError {
	return new DomainError('conflict', 'errors.organisation_name_taken', { field: 'organisationName' });
}
