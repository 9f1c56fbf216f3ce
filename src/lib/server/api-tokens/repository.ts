import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface ApiTokenRow {
	id: string;
	name: string;
	created_at: string;
	last_used_at: string | null;
}

export async function insertApiToken(
	db: Db,
	token: { id: string; userId: string; name: string; tokenHash: string; createdAt: string }
): Promise<void> {
	await db
		.insertInto('api_tokens')
		.values({
			id: token.id,
			user_id: token.userId,
			name: token.name,
			token_hash: token.tokenHash,
			created_at: token.createdAt,
			last_used_at: null
		})
		.execute();
}

export async function listApiTokensOfUser(db: Db, userId: string): Promise<ApiTokenRow[]> {
	return db
		.selectFrom('api_tokens')
		.select(['id', 'name', 'created_at', 'last_used_at'])
		.where('user_id', '=', userId)
		.orderBy('created_at', 'desc')
		.execute();
}

export async function deleteApiToken(db: Db, userId: string, id: string): Promise<boolean> {
	const result = await db
		.deleteFrom('api_tokens')
		.where('user_id', '=', userId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

export async function findApiTokenOwner(
	db: Db,
	tokenHash: string
): Promise<
	| {
			token_id: string;
			last_used_at: string | null;
			id: string;
			email: string;
			name: string;
			is_admin: number;
			created_at: string;
	  }
	| undefined
> {
	return db
		.selectFrom('api_tokens')
		.innerJoin('users', 'users.id', 'api_tokens.user_id')
		.select([
			'api_tokens.id as token_id',
			'api_tokens.last_used_at',
			'users.id',
			'users.email',
			'users.name',
			'users.is_admin',
			'users.created_at',
			'users.locale'
		])
		.where('api_tokens.token_hash', '=', tokenHash)
		.executeTakeFirst();
}

export async function touchApiToken(db: Db, id: string, nowIso: string): Promise<void> {
	await db.updateTable('api_tokens').set({ last_used_at: nowIso }).where('id', '=', id).execute();
}
