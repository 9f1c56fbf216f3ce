import type { Kysely } from 'kysely';
import { ANY_ROLE, requireRole } from './guards';
import { setActiveOrganisation } from '../auth/session';
import { generateId } from '../crypto';
import type { Database, OrganisationType, Role } from '../db/schema';
import { DomainError } from '../errors';
import type { Member, MemberOrganisation, Organisation } from './organisation';
import * as repo from './repository';

/** A new organisation owned by the user; with a session, it becomes the one that session works in. */
export async function createOrganisation(
	db: Kysely<Database>,
	ownerId: string,
	input: { name: string; type: OrganisationType },
	sessionId: string | null = null,
	now = new Date()
): Promise<Organisation> {
	const organisation: Organisation = {
		id: generateId(),
		name: input.name,
		type: input.type,
		createdAt: now.toISOString(),
		verifiedAt: null,
		verifiedBy: null
	};
	await db.transaction().execute(async (trx) => {
		if (!(await repo.insertOrganisation(trx, organisation))) {
			throw new DomainError('conflict', 'errors.organisation_name_taken', { field: 'name' });
		}
		await repo.insertMembership(trx, {
			organisationId: organisation.id,
			userId: ownerId,
			role: 'owner',
			createdAt: organisation.createdAt
		});
		if (sessionId) await setActiveOrganisation(trx, sessionId, organisation.id);
	});
	return organisation;
}

export function listOrganisationsOfUser(db: Kysely<Database>, userId: string): Promise<MemberOrganisation[]> {
	return repo.listOrganisationsOfUser(db, userId);
}

/** The session's chosen organisation if the user still belongs to it, else the first one they belong to. */
export function pickActiveOrganisation(
	organisations: MemberOrganisation[],
	preferredId: string | null
): MemberOrganisation | null {
	return organisations.find((o) => o.id === preferredId) ?? organisations[0] ?? null;
}

export async function switchOrganisation(
	db: Kysely<Database>,
	actorId: string,
	sessionId: string,
	organisationId: string
): Promise<void> {
	await requireRole(db, actorId, organisationId, ANY_ROLE);
	await setActiveOrganisation(db, sessionId, organisationId);
}

export async function getOrganisationForMember(
	db: Kysely<Database>,
	actorId: string,
	organisationId: string
): Promise<{ organisation: Organisation; role: Role }> {
	const role = await requireRole(db, actorId, organisationId, ANY_ROLE);
	const organisation = await repo.findOrganisation(db, organisationId);
	if (!organisation) throw new DomainError('not_found', 'errors.organisation_not_found');
	return { organisation, role };
}

export async function listMembers(db: Kysely<Database>, actorId: string, organisationId: string): Promise<Member[]> {
	await requireRole(db, actorId, organisationId, ANY_ROLE);
	return repo.listMembers(db, organisationId);
}

/** Owners change roles; the last owner cannot be demoted, so an organisation always has one. */
export async function changeMemberRole(
	db: Kysely<Database>,
	actorId: string,
	organisationId: string,
	memberId: string,
	role: Role
): Promise<void> {
	await requireRole(db, actorId, organisationId, ['owner']);
	await db.transaction().execute(async (trx) => {
		await repo.lockOrganisation(trx, organisationId);
		const current = await repo.findRole(trx, organisationId, memberId);
		if (!current) throw new DomainError('not_found', 'errors.member_not_found');
		if (current === role) return;
		if (current === 'owner' && (await repo.countOwners(trx, organisationId)) <= 1) {
			throw new DomainError('conflict', 'errors.last_owner');
		}
		await repo.updateRole(trx, organisationId, memberId, role);
	});
}

/** Owners remove members; any member may leave. The last owner can do neither to themselves. */
export async function removeMember(
	db: Kysely<Database>,
	actorId: string,
	organisationId: string,
	memberId: string
): Promise<void> {
	await requireRole(db, actorId, organisationId, memberId === actorId ? ANY_ROLE : ['owner']);
	await db.transaction().execute(async (trx) => {
		await repo.lockOrganisation(trx, organisationId);
		const current = await repo.findRole(trx, organisationId, memberId);
		if (!current) throw new DomainError('not_found', 'errors.member_not_found');
		if (current === 'owner' && (await repo.countOwners(trx, organisationId)) <= 1) {
			throw new DomainError('conflict', 'errors.last_owner');
		}
		await repo.deleteMembership(trx, organisationId, memberId);
	});
}
