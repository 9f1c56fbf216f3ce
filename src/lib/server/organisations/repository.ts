import type { Kysely, Transaction } from 'kysely';
import { isUniqueViolation } from '../db/errors';
import type { Database, OrganisationType, Role } from '../db/schema';
import { toNameKey } from './name-key';
import {
	ORGANISATION_COLUMNS,
	toOrganisation,
	type Member,
	type MemberOrganisation,
	type Organisation
} from './organisation';

type Db = Kysely<Database> | Transaction<Database>;

/** False when another organisation has the same name, case, accents and spacing aside (then roll the transaction back). */
export async function insertOrganisation(
	db: Db,
	organisation: { id: string; name: string; type: OrganisationType; createdAt: string }
): Promise<boolean> {
	try {
		await db
			.insertInto('organisations')
			.values({
				id: organisation.id,
				name: organisation.name,
				name_key: toNameKey(organisation.name),
				type: organisation.type,
				created_at: organisation.createdAt
			})
			.execute();
		return true;
	} catch (error) {
		if (isUniqueViolation(error)) return false;
		throw error;
	}
}

/** Marks a donor organisation verified; false when there is no such unverified donor. */
export async function markDonorVerified(db: Db, organisationId: string, at: string, by: string): Promise<boolean> {
	const result = await db
		.updateTable('organisations')
		.set({ verified_at: at, verified_by: by })
		.where('id', '=', organisationId)
		.where('type', '=', 'donor')
		.where('verified_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** False when the user is already a member (then, inside a transaction, roll it back). */
export async function insertMembership(
	db: Db,
	membership: { organisationId: string; userId: string; role: Role; createdAt: string }
): Promise<boolean> {
	try {
		await db
			.insertInto('memberships')
			.values({
				organisation_id: membership.organisationId,
				user_id: membership.userId,
				role: membership.role,
				created_at: membership.createdAt
			})
			.execute();
		return true;
	} catch (error) {
		if (isUniqueViolation(error)) return false;
		throw error;
	}
}

/** Holds the organisation's row until the transaction ends, so that membership changes run one at a time. */
export async function lockOrganisation(db: Transaction<Database>, organisationId: string): Promise<void> {
	await db
		.updateTable('organisations')
		.set((eb) => ({ id: eb.ref('id') }))
		.where('id', '=', organisationId)
		.execute();
}

export async function findOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
	const row = await db.selectFrom('organisations').select(ORGANISATION_COLUMNS).where('id', '=', id).executeTakeFirst();
	return row && toOrganisation(row);
}

export async function findOrganisationByName(db: Db, name: string): Promise<Organisation | undefined> {
	const row = await db
		.selectFrom('organisations')
		.select(ORGANISATION_COLUMNS)
		.where('name_key', '=', toNameKey(name))
		.executeTakeFirst();
	return row && toOrganisation(row);
}

export async function findRole(db: Db, organisationId: string, userId: string): Promise<Role | undefined> {
	const row = await db
		.selectFrom('memberships')
		.select('role')
		.where('organisation_id', '=', organisationId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return row?.role;
}

export async function listOrganisationsOfUser(db: Db, userId: string): Promise<MemberOrganisation[]> {
	const rows = await db
		.selectFrom('memberships')
		.innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
		.select([
			'organisations.id',
			'organisations.name',
			'organisations.type',
			'organisations.created_at',
			'organisations.verified_at',
			'organisations.verified_by',
			'memberships.role'
		])
		.where('memberships.user_id', '=', userId)
		.orderBy('organisations.name')
		.execute();
	return rows.map((row) => ({ ...toOrganisation(row), role: row.role }));
}

export async function listMembers(db: Db, organisationId: string): Promise<Member[]> {
	const rows = await db
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select(['users.id', 'users.name', 'users.email', 'memberships.role', 'memberships.created_at'])
		.where('memberships.organisation_id', '=', organisationId)
		.orderBy('users.name')
		.execute();
	return rows.map((row) => ({
		userId: row.id,
		name: row.name,
		email: row.email,
		role: row.role,
		joinedAt: row.created_at
	}));
}

export async function countOwners(db: Db, organisationId: string): Promise<number> {
	const row = await db
		.selectFrom('memberships')
		.select((eb) => eb.fn.countAll().as('count'))
		.where('organisation_id', '=', organisationId)
		.where('role', '=', 'owner')
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

export async function updateRole(db: Db, organisationId: string, userId: string, role: Role): Promise<void> {
	await db
		.updateTable('memberships')
		.set({ role })
		.where('organisation_id', '=', organisationId)
		.where('user_id', '=', userId)
		.execute();
}

export async function deleteMembership(db: Db, organisationId: string, userId: string): Promise<void> {
	await db
		.deleteFrom('memberships')
		.where('organisation_id', '=', organisationId)
		.where('user_id', '=', userId)
		.execute();
}

export async function listAllOrganisations(db: Db): Promise<(Organisation & { memberCount: number })[]> {
	const rows = await db
		.selectFrom('organisations')
		.leftJoin('memberships', 'memberships.organisation_id', 'organisations.id')
		.select((eb) => [
			'organisations.id',
			'organisations.name',
			'organisations.type',
			'organisations.created_at',
			'organisations.verified_at',
			'organisations.verified_by',
			eb.fn.count('memberships.user_id').as('member_count')
		])
		.groupBy([
			'organisations.id',
			'organisations.name',
			'organisations.type',
			'organisations.created_at',
			'organisations.verified_at',
			'organisations.verified_by'
		])
		.orderBy('organisations.name')
		.execute();
	return rows.map((row) => ({ ...toOrganisation(row), memberCount: Number(row.member_count) }));
}
