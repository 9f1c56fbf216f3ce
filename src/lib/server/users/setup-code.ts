import { timingSafeEqual } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { generateSecret, hashSecret } from '../crypto';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Each process that starts without an administrator adds its own code (hashed), so that two processes do not undo each other's. */
const PREFIX = 'setup_code:';

/** What a person types: case, spaces and dashes aside. */
function normalise(code: string): string {
	return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A code in groups of four, easier to read off a console: 32 base32 characters (160 random bits). */
function format(secret: string): string {
	return secret.match(/.{1,4}/g)!.join('-');
}

/**
 * A new one-time code for the first administrator's set-up, stored hashed; null once an administrator
 * exists. Whoever reaches a fresh instance first cannot take it without reading the console it is printed on.
 */
export async function issueSetupCode(db: Kysely<Database>, now = new Date()): Promise<string | null> {
	const users = await db.selectFrom('users').select('id').limit(1).execute();
	if (users.length > 0) return null;
	const secret = generateSecret();
	await db
		.insertInto('settings')
		.values({ key: PREFIX + hashSecret(secret), value: now.toISOString() })
		.execute();
	return format(secret);
}

/** Whether the code is one of those issued, compared in constant time. */
export async function isSetupCodeValid(db: Db, code: string): Promise<boolean> {
	const given = Buffer.from(PREFIX + hashSecret(normalise(code)));
	const rows = await db.selectFrom('settings').select('key').where('key', 'like', `${PREFIX}%`).execute();
	let valid = false;
	for (const { key } of rows) {
		const stored = Buffer.from(key);
		if (stored.length === given.length && timingSafeEqual(stored, given)) valid = true;
	}
	return valid;
}

/** Once the administrator exists, no code works any more. */
export async function deleteSetupCodes(db: Db): Promise<void> {
	await db.deleteFrom('settings').where('key', 'like', `${PREFIX}%`).execute();
}
