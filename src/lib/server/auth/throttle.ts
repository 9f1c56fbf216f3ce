import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema';

export interface ThrottlePolicy {
	/** Attempts counted within this many seconds of the first one; after it, counting starts again. */
	windowSeconds: number;
	/** Failures allowed at full speed. */
	freeFailures: number;
	/** From this many failures on, the key is refused for `blockSeconds`. */
	blockAfter: number;
	blockSeconds: number;
	/** Longest wait imposed between the free failures and the block. */
	maxDelaySeconds: number;
}

export type ThrottleState = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Checks whether a key may try again now. State lives in the database so every app process sees it. */
export async function checkThrottle(db: Kysely<Database>, key: string, now = new Date()): Promise<ThrottleState> {
	const row = await db.selectFrom('throttles').select('blocked_until').where('key', '=', key).executeTakeFirst();
	if (!row?.blocked_until) return { allowed: true };
	const waitMs = new Date(row.blocked_until).getTime() - now.getTime();
	if (waitMs <= 0) return { allowed: true };
	return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
}

/** One more failure for the key, or the first of a new window once the window has passed; answers the count. */
export function buildFailureCount(
	db: Kysely<Database> | Transaction<Database>,
	key: string,
	nowIso: string,
	windowStart: string
) {
	return db
		.insertInto('throttles')
		.values({ key, failures: 1, window_started_at: nowIso, blocked_until: null })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				failures: sql<number>`case when throttles.window_started_at < ${windowStart} then 1 else throttles.failures + 1 end`,
				window_started_at: sql<string>`case when throttles.window_started_at < ${windowStart} then ${nowIso} else throttles.window_started_at end`
			})
		)
		.returning('failures');
}

/** The parameters of buildFailureCount's text, in its order. */
export function failureCountParameters(key: string, nowIso: string, windowStart: string): unknown[] {
	return [key, 1, nowIso, null, windowStart, windowStart, nowIso];
}

/**
 * Counts one failure, atomically, and sets how long the key must wait: nothing for the first
 * `freeFailures`, then 1, 2, 4 … seconds (up to `maxDelaySeconds`), then a block of `blockSeconds`.
 */
export async function recordFailure(
	db: Kysely<Database> | Transaction<Database>,
	key: string,
	policy: ThrottlePolicy,
	now = new Date()
): Promise<number> {
	const nowIso = now.toISOString();
	const windowStart = new Date(now.getTime() - policy.windowSeconds * 1000).toISOString();
	const row = await buildFailureCount(db, key, nowIso, windowStart).executeTakeFirstOrThrow();
	const failures = Number(row.failures);
	const waitSeconds = waitAfterFailures(failures, policy);
	if (waitSeconds > 0) {
		await db
			.updateTable('throttles')
			.set({ blocked_until: new Date(now.getTime() + waitSeconds * 1000).toISOString() })
			.where('key', '=', key)
			.execute();
	}
	return failures;
}

/**
 * Counts an attempt as a failure before it is checked, so that attempts sent all at once cannot slip
 * past the limit together; a success then clears or forgives it. Refused when a wait is running or
 * when this attempt is past the block threshold.
 */
export async function reserveAttempt(
	db: Kysely<Database>,
	key: string,
	policy: ThrottlePolicy,
	now = new Date()
): Promise<ThrottleState> {
	const state = await checkThrottle(db, key, now);
	if (!state.allowed) return state;
	const failures = await recordFailure(db, key, policy, now);
	if (failures > policy.blockAfter) return { allowed: false, retryAfterSeconds: policy.blockSeconds };
	return { allowed: true };
}

/** Takes back one counted attempt (a success from a shared address), lifting the wait once under the free count. */
export async function forgiveFailure(db: Kysely<Database>, key: string, policy: ThrottlePolicy): Promise<void> {
	await db
		.updateTable('throttles')
		.set({
			failures: sql<number>`case when failures > 0 then failures - 1 else 0 end`,
			blocked_until: sql<
				string | null
			>`case when failures - 1 <= ${policy.freeFailures} and failures < ${policy.blockAfter} then null else blocked_until end`
		})
		.where('key', '=', key)
		.execute();
}

export function waitAfterFailures(failures: number, policy: ThrottlePolicy): number {
	if (failures >= policy.blockAfter) return policy.blockSeconds;
	if (failures <= policy.freeFailures) return 0;
	return Math.min(2 ** (failures - policy.freeFailures - 1), policy.maxDelaySeconds);
}

export async function clearThrottle(db: Kysely<Database>, key: string): Promise<void> {
	await db.deleteFrom('throttles').where('key', '=', key).execute();
}

export async function deleteStaleThrottles(
	db: Kysely<Database>,
	olderThanSeconds: number,
	now = new Date()
): Promise<void> {
	const cutoff = new Date(now.getTime() - olderThanSeconds * 1000).toISOString();
	await db
		.deleteFrom('throttles')
		.where('window_started_at', '<', cutoff)
		.where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', now.toISOString())]))
		.execute();
}

const MINUTE = 60;

/** Per account: slowed after 3 failures, refused for 15 minutes after 10. */
export const SIGN_IN_ACCOUNT_POLICY: ThrottlePolicy = {
	windowSeconds: 15 * MINUTE,
	freeFailures: 3,
	blockAfter: 10,
	blockSeconds: 15 * MINUTE,
	maxDelaySeconds: 30
};

/** Per address: looser, since a classroom or an office shares one address. */
export const SIGN_IN_ADDRESS_POLICY: ThrottlePolicy = {
	windowSeconds: 15 * MINUTE,
	freeFailures: 20,
	blockAfter: 50,
	blockSeconds: 15 * MINUTE,
	maxDelaySeconds: 30
};

/** Sign-ups from one address: 10 an hour at full speed, refused for an hour after 30. */
export const SIGN_UP_ADDRESS_POLICY: ThrottlePolicy = {
	windowSeconds: 60 * MINUTE,
	freeFailures: 10,
	blockAfter: 30,
	blockSeconds: 60 * MINUTE,
	maxDelaySeconds: 60
};
