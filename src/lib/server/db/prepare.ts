import type { Kysely } from 'kysely';
import { describeFailure } from '../describe-failure';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

export type Preparation = { ok: true; applied: string[] } | { ok: false; problem: string };

/** Applies pending migrations, or says what an operator needs to read (never a message that could hold a secret). */
export async function prepareDatabase(db: Kysely<Database>): Promise<Preparation> {
	const outcome = await migrateToLatest(db).catch((error: unknown) => ({ ok: false as const, failed: null, error }));
	if (outcome.ok) return outcome;
	const cause = describeFailure(outcome.error);
	return {
		ok: false,
		problem: outcome.failed
			? `database migration ${outcome.failed} failed (${cause})`
			: `the database did not answer (${cause}): check DATABASE_URL`
	};
}
