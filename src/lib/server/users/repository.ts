import type { Kysely, Transaction } from 'kysely';
import { isUniqueViolation } from '../db/errors';
import type { Database } from '../db/schema';
import { toUser, type User } from './user';

type Db = Kysely<Database> | Transaction<Database>;

const USER_COLUMNS = ['id', 'email', 'name', 'is_admin', 'created_at', 'locale'] as const;

/** False when the e-mail address is already taken (then, inside a transaction, roll it back). */
export async function insertUser(
	db: Db,
	user: { id: string; email: string; name: string; passwordHash: string; isAdmin: boolean; createdAt: string }
): Promise<boolean> {
	try {
		await db
			.insertInto('users')
			.values({
				id: user.id,
				email: user.email,
				name: user.name,
				password_hash: user.passwordHash,
				is_admin: user.isAdmin ? 1 : 0,
				created_at: user.createdAt
			})
			.execute();
		return true;
	} catch (error) {
		if (isUniqueViolation(error)) return false;
		throw error;
	}
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
	const row = await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
	return row && toUser(row);
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
	const row = await db.selectFrom('users').select(USER_COLUMNS).where('email', '=', email).executeTakeFirst();
	return row && toUser(row);
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | undefined> {
	const row = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst();
	return row?.password_hash;
}

export async function findCredentialsByEmail(
	db: Db,
	email: string
): Promise<{ user: User; passwordHash: string } | undefined> {
	const row = await db
		.selectFrom('users')
		.select([...USER_COLUMNS, 'password_hash'])
		.where('email', '=', email)
		.executeTakeFirst();
	return row && { user: toUser(row), passwordHash: row.password_hash };
}

export async function updatePasswordHash(db: Db, userId: string, passwordHash: string): Promise<void> {
	await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

export async function updateUserName(db: Db, userId: string, name: string): Promise<void> {
	await db.updateTable('users').set({ name }).where('id', '=', userId).execute();
}

export async function countUsers(db: Db): Promise<number> {
	const row = await db
		.selectFrom('users')
		.select((eb) => eb.fn.countAll().as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

export async function listAllUsers(db: Db): Promise<User[]> {
	const rows = await db.selectFrom('users').select(USER_COLUMNS).orderBy('email').execute();
	return rows.map(toUser);
}

/** Remembers the interface language a person chose, for every device they sign in on. */
export async function updateUserLocale(db: Db, id: string, locale: string): Promise<void> {
	await db.updateTable('users').set({ locale }).where('id', '=', id).execute();
}
