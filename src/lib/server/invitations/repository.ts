import type { Kysely, Transaction } from 'kysely';
import type { Database, Role } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface InvitationRow {
	id: string;
	organisation_id: string;
	role: Role;
	created_at: string;
	expires_at: string;
	accepted_at: string | null;
}

const COLUMNS = ['id', 'organisation_id', 'role', 'created_at', 'expires_at', 'accepted_at'] as const;

export async function insertInvitation(
	db: Db,
	invitation: {
		id: string;
		organisationId: string;
		role: Role;
		tokenHash: string;
		createdByUserId: string;
		createdAt: string;
		expiresAt: string;
	}
): Promise<void> {
	await db
		.insertInto('invitations')
		.values({
			id: invitation.id,
			organisation_id: invitation.organisationId,
			role: invitation.role,
			token_hash: invitation.tokenHash,
			created_by_user_id: invitation.createdByUserId,
			created_at: invitation.createdAt,
			expires_at: invitation.expiresAt
		})
		.execute();
}

export async function findInvitationByTokenHash(db: Db, tokenHash: string): Promise<InvitationRow | undefined> {
	return db.selectFrom('invitations').select(COLUMNS).where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function listOpenInvitations(db: Db, organisationId: string, nowIso: string): Promise<InvitationRow[]> {
	return db
		.selectFrom('invitations')
		.select(COLUMNS)
		.where('organisation_id', '=', organisationId)
		.where('accepted_at', 'is', null)
		.where('expires_at', '>', nowIso)
		.orderBy('created_at', 'desc')
		.execute();
}

/** Marks the invitation used if it still is usable; false when another request used it first or it expired. */
export async function markInvitationAccepted(db: Db, id: string, userId: string, nowIso: string): Promise<boolean> {
	const result = await db
		.updateTable('invitations')
		.set({ accepted_at: nowIso, accepted_by_user_id: userId })
		.where('id', '=', id)
		.where('accepted_at', 'is', null)
		.where('expires_at', '>', nowIso)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function deleteInvitation(db: Db, organisationId: string, id: string): Promise<boolean> {
	const result = await db
		.deleteFrom('invitations')
		.where('organisation_id', '=', organisationId)
		.where('id', '=', id)
		.where('accepted_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}
