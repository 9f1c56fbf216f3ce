import type { Kysely, Transaction } from 'kysely';
import { buildFailureCount, failureCountParameters, type ThrottlePolicy } from '../auth/throttle';
import { hashSecret } from '../crypto';
import { reuseCompiled } from '../db/reuse';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';

/**
 * Per link and address, 300 submissions in 10 minutes: a class of 60 behind one school router passes five
 * times over, a script sending as fast as it can is stopped within seconds.
 */
export const COLLECT_ADDRESS_POLICY: ThrottlePolicy = {
	windowSeconds: 10 * 60,
	freeFailures: 300,
	blockAfter: Number.MAX_SAFE_INTEGER,
	blockSeconds: 0,
	maxDelaySeconds: 0
};

/**
 * The address is kept as 24 bits of a hash with the link: enough to tell senders apart, too few to tell
 * which address it was (each value stands for hundreds of them), and gone with the throttles' sweep.
 */
export function bucketAddress(linkId: string, address: string): string {
	return hashSecret(`${linkId}:${address}`).slice(0, 6);
}

/**
 * Counts one submission from the address; refused past the policy's limit until its window ends. The count
 * alone decides (no wait is ever set), so it is the throttles' upsert with nothing after it.
 */
export async function admitSubmission(db: Kysely<Database> | Transaction<Database>, linkId: string, address: string, now = new Date()): Promise<void> {
	const key = `collect:${linkId}:${bucketAddress(linkId, address)}`;
	const nowIso = now.toISOString();
	const windowStart = new Date(now.getTime() - COLLECT_ADDRESS_POLICY.windowSeconds * 1000).toISOString();
	const compiled = reuseCompiled(db, 'countSubmission', () => buildFailureCount(db, key, nowIso, windowStart), failureCountParameters(key, nowIso, windowStart));
	const [row] = (await db.executeQuery(compiled)).rows;
	if (Number(row?.failures) > COLLECT_ADDRESS_POLICY.freeFailures) throw new DomainError('too_many_requests', 'errors.too_many_responses');
}
