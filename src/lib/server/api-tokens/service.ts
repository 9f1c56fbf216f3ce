import type { Kysely } from 'kysely';
import { generateId, generateSecret, hashSecret } from '../crypto';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { toUser, type User } from '../users/user';
import { findUserByEmail } from '../users/repository';
import * as repo from './repository';

/** Prefix that makes a leaked token recognisable to secret scanners and to people. */
export const API_TOKEN_PREFIX = 'mesure_';

export interface ApiToken {
	id: string;
	name: string;
	createdAt: string;
	lastUsedAt: string | null;
}

function toApiToken(row: repo.ApiTokenRow): ApiToken {
	return { id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at };
}

export async function createApiToken(
	db: Kysely<Database>,
	userId: string,
	name: string,
	now = new Date()
): Promise<{ token: string; apiToken: ApiToken }> {
	const token = API_TOKEN_PREFIX + generateSecret();
	const apiToken: ApiToken = { id: generateId(), name, createdAt: now.toISOString(), lastUsedAt: null };
	await repo.insertApiToken(db, { ...apiToken, userId, tokenHash: hashSecret(token) });
	return { token, apiToken };
}

/** For operators: a token for the user with that e-mail address. */
export async function createApiTokenForEmail(
	db: Kysely<Database>,
	email: string,
	name: string,
	now = new Date()
): Promise<{ token: string; apiToken: ApiToken; user: User }> {
	const user = await findUserByEmail(db, email);
	if (!user) throw new DomainError('not_found', 'errors.user_not_found', { params: { email } });
	return { ...(await createApiToken(db, user.id, name, now)), user };
}

export async function listApiTokens(db: Kysely<Database>, userId: string): Promise<ApiToken[]> {
	return (await repo.listApiTokensOfUser(db, userId)).map(toApiToken);
}

export async function revokeApiToken(db: Kysely<Database>, userId: string, tokenId: string): Promise<void> {
	if (!(await repo.deleteApiToken(db, userId, tokenId))) {
		throw new DomainError('not_found', 'errors.token_not_found');
	}
}

const TOUCH_INTERVAL_MS = 60_000;

/** The user a bearer token belongs to, or null. "Last used" is written at most once a minute per token. */
export async function authenticateApiToken(
	db: Kysely<Database>,
	token: string,
	now = new Date()
): Promise<User | null> {
	if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 100) return null;
	const row = await repo.findApiTokenOwner(db, hashSecret(token));
	if (!row) return null;
	if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > TOUCH_INTERVAL_MS) {
		await repo.touchApiToken(db, row.token_id, now.toISOString());
	}
	return toUser(row);
}
