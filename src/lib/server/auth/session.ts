import type { Kysely, Transaction } from 'kysely';
import { generateSecret, hashSecret } from '../crypto';
import type { Database } from '../db/schema';
import { toUser, type User } from '../users/user';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
const RENEW_WITHIN_MS = 15 * DAY_MS;

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
	activeOrganisationId: string | null;
}

export type SessionValidationResult =
	{ session: Session; user: User; renewed: boolean } | { session: null; user: null; renewed: false };

export function generateSessionToken(): string {
	return generateSecret();
}

export async function createSession(
	db: Kysely<Database>,
	token: string,
	userId: string,
	activeOrganisationId: string | null,
	now = new Date()
): Promise<Session> {
	const session: Session = {
		id: hashSecret(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
		activeOrganisationId
	};
	await db
		.insertInto('sessions')
		.values({
			id: session.id,
			user_id: userId,
			expires_at: session.expiresAt.toISOString(),
			active_organisation_id: activeOrganisationId,
			created_at: now.toISOString()
		})
		.execute();
	return session;
}

export type SessionRead =
	| { state: 'valid'; session: Session; user: User }
	/** Valid, in its last 15 days: to be extended. */
	| { state: 'renew'; session: Session; user: User }
	| { state: 'expired'; session: Session }
	| { state: 'unknown' };

/** What the token's session is now, changing nothing. */
export async function readSessionToken(db: Kysely<Database>, token: string, now = new Date()): Promise<SessionRead> {
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id as session_id',
			'sessions.expires_at',
			'sessions.active_organisation_id',
			'users.id',
			'users.email',
			'users.name',
			'users.is_admin',
			'users.created_at',
			'users.locale'
		])
		.where('sessions.id', '=', hashSecret(token))
		.executeTakeFirst();
	if (!row) return { state: 'unknown' };
	const session: Session = {
		id: row.session_id,
		userId: row.id,
		expiresAt: new Date(row.expires_at),
		activeOrganisationId: row.active_organisation_id
	};
	if (now.getTime() >= session.expiresAt.getTime()) return { state: 'expired', session };
	const state = now.getTime() >= session.expiresAt.getTime() - RENEW_WITHIN_MS ? 'renew' : 'valid';
	return { state, session, user: toUser(row) };
}

/** Sliding expiry: a session used in its last 15 days is extended to 30 days from now. */
export async function validateSessionToken(
	db: Kysely<Database>,
	token: string,
	now = new Date()
): Promise<SessionValidationResult> {
	const read = await readSessionToken(db, token, now);
	if (read.state === 'unknown') return { session: null, user: null, renewed: false };
	if (read.state === 'expired') {
		await invalidateSession(db, read.session.id);
		return { session: null, user: null, renewed: false };
	}
	if (read.state === 'valid') return { session: read.session, user: read.user, renewed: false };
	const session = { ...read.session, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) };
	await db
		.updateTable('sessions')
		.set({ expires_at: session.expiresAt.toISOString() })
		.where('id', '=', session.id)
		.execute();
	return { session, user: read.user, renewed: true };
}

export async function invalidateSession(db: Kysely<Database>, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function invalidateOtherSessions(
	db: Kysely<Database>,
	userId: string,
	keepSessionId: string | null
): Promise<void> {
	let query = db.deleteFrom('sessions').where('user_id', '=', userId);
	if (keepSessionId) query = query.where('id', '!=', keepSessionId);
	await query.execute();
}

export async function setActiveOrganisation(
	db: Kysely<Database> | Transaction<Database>,
	sessionId: string,
	organisationId: string
): Promise<void> {
	await db
		.updateTable('sessions')
		.set({ active_organisation_id: organisationId })
		.where('id', '=', sessionId)
		.execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now = new Date()): Promise<number> {
	const result = await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
	return Number(result.numDeletedRows);
}
