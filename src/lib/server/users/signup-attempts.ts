import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { findUserByEmail } from './repository';

export interface SignupAttempt {
	email: string;
	name: string;
	attempts: number;
	lastAt: string;
}

/**
 * Someone tried to sign up with the address of an existing account. Mesure sends no e-mail, so the
 * administrator sees it (one row per account, counted) and can tell the account's owner.
 */
export async function recordSignupAttempt(db: Kysely<Database>, email: string, now: Date): Promise<void> {
	const user = await findUserByEmail(db, email);
	if (!user) return;
	const at = now.toISOString();
	await db
		.insertInto('signup_attempts')
		.values({ user_id: user.id, attempts: 1, last_at: at })
		.onConflict((oc) =>
			oc.column('user_id').doUpdateSet((eb) => ({ attempts: eb('signup_attempts.attempts', '+', 1), last_at: at }))
		)
		.execute();
}

/** The newest attempts first, for the administration page. */
export async function listSignupAttempts(db: Kysely<Database>, limit = 100): Promise<SignupAttempt[]> {
	const rows = await db
		.selectFrom('signup_attempts as a')
		.innerJoin('users as u', 'u.id', 'a.user_id')
		.select(['u.email', 'u.name', 'a.attempts', 'a.last_at'])
		.orderBy('a.last_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map((row) => ({ email: row.email, name: row.name, attempts: Number(row.attempts), lastAt: row.last_at }));
}
