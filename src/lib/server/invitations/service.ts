import type { Kysely, Transaction } from 'kysely';
import { requireRole } from '../organisations/guards';
import { setActiveOrganisation } from '../auth/session';
import { generateId, generateSecret, hashSecret } from '../crypto';
import type { Database, Role } from '../db/schema';
import { DomainError } from '../errors';
import type { Organisation } from '../organisations/organisation';
import { findOrganisation, findRole, insertMembership } from '../organisations/repository';
import * as repo from './repository';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface Invitation {
	id: string;
	organisationId: string;
	role: Role;
	createdAt: string;
	expiresAt: string;
}

export type InvitationLookup =
	{ status: 'valid'; invitation: Invitation; organisation: Organisation } | { status: 'expired' | 'used' | 'unknown' };

function toInvitation(row: repo.InvitationRow): Invitation {
	return {
		id: row.id,
		organisationId: row.organisation_id,
		role: row.role,
		createdAt: row.created_at,
		expiresAt: row.expires_at
	};
}

/** Owners invite; the token is returned once, to be shown as a link, and only its hash is kept. */
export async function createInvitation(
	db: Kysely<Database>,
	actorId: string,
	organisationId: string,
	role: Role,
	now = new Date()
): Promise<{ token: string; invitation: Invitation }> {
	await requireRole(db, actorId, organisationId, ['owner']);
	const token = generateSecret();
	const invitation: Invitation = {
		id: generateId(),
		organisationId,
		role,
		createdAt: now.toISOString(),
		expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString()
	};
	await repo.insertInvitation(db, { ...invitation, tokenHash: hashSecret(token), createdByUserId: actorId });
	return { token, invitation };
}

export async function listOpenInvitations(
	db: Kysely<Database>,
	actorId: string,
	organisationId: string,
	now = new Date()
): Promise<Invitation[]> {
	await requireRole(db, actorId, organisationId, ['owner']);
	return (await repo.listOpenInvitations(db, organisationId, now.toISOString())).map(toInvitation);
}

export async function revokeInvitation(
	db: Kysely<Database>,
	actorId: string,
	organisationId: string,
	invitationId: string
): Promise<void> {
	await requireRole(db, actorId, organisationId, ['owner']);
	if (!(await repo.deleteInvitation(db, organisationId, invitationId))) {
		throw new DomainError('not_found', 'errors.invitation_not_found');
	}
}

export async function lookUpInvitation(
	db: Kysely<Database>,
	token: string,
	now = new Date()
): Promise<InvitationLookup> {
	const row = await repo.findInvitationByTokenHash(db, hashSecret(token));
	if (!row) return { status: 'unknown' };
	if (row.accepted_at) return { status: 'used' };
	if (row.expires_at <= now.toISOString()) return { status: 'expired' };
	const organisation = await findOrganisation(db, row.organisation_id);
	if (!organisation) return { status: 'unknown' };
	return { status: 'valid', invitation: toInvitation(row), organisation };
}

/**
 * Joins the user to the organisation with the invited role; with a session, that session then works
 * in it. The link works once, and not after it expires.
 */
export async function acceptInvitation(
	db: Kysely<Database>,
	token: string,
	userId: string,
	sessionId: string | null = null,
	now = new Date()
): Promise<Invitation> {
	return db.transaction().execute(async (trx) => {
		const invitation = await joinByInvitation(trx, token, userId, now);
		if (sessionId) await setActiveOrganisation(trx, sessionId, invitation.organisationId);
		return invitation;
	});
}

/** The work of accepting, inside the caller's transaction (sign-up creates the user in the same one). */
export async function joinByInvitation(
	trx: Transaction<Database>,
	token: string,
	userId: string,
	now: Date
): Promise<Invitation> {
	const nowIso = now.toISOString();
	const row = await repo.findInvitationByTokenHash(trx, hashSecret(token));
	if (!row) throw new DomainError('not_found', 'errors.invitation_not_found');
	if (await findRole(trx, row.organisation_id, userId)) throw new DomainError('conflict', 'errors.already_member');
	if (!(await repo.markInvitationAccepted(trx, row.id, userId, nowIso))) {
		throw new DomainError('conflict', row.accepted_at ? 'errors.invitation_used' : 'errors.invitation_expired');
	}
	if (
		!(await insertMembership(trx, { organisationId: row.organisation_id, userId, role: row.role, createdAt: nowIso }))
	) {
		throw new DomainError('conflict', 'errors.already_member');
	}
	return toInvitation(row);
}
