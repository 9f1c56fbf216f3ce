import type { Kysely } from 'kysely';
import { hashPassword } from '../../src/lib/server/auth/password';
import { generateId } from '../../src/lib/server/crypto';
import type { Database } from '../../src/lib/server/db/schema';
import { insertUser } from '../../src/lib/server/users/repository';
import type { User } from '../../src/lib/server/users/user';

export const FIXTURE_PASSWORD = 'long enough pw';

let cachedHash: Promise<string> | undefined;

/** A user who belongs to no organisation, straight into the database (argon2 once per run, for speed). */
export async function createUser(db: Kysely<Database>, name: string): Promise<User> {
	cachedHash ??= hashPassword(FIXTURE_PASSWORD);
	const user: User = { id: generateId(), email: `${name.toLowerCase()}@example.org`, name, isAdmin: false, createdAt: new Date().toISOString() };
	if (!(await insertUser(db, { ...user, passwordHash: await cachedHash }))) throw new Error(`${user.email} exists`);
	return user;
}
