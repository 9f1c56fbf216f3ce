import type { Kysely } from 'kysely';
import { recordFailure, type ThrottlePolicy } from '../auth/throttle';
import { hashSecret } from '../crypto';
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

/** Counts one submission from the address; refused past the policy's limit until its window ends. */
export async function admitSubmission(db: Kysely<Database>, linkId: string, address: string, now = new Date()): Promise<void> {
	const count = await recordFailure(db, `collect:${linkId}:${bucketAddress(linkId, address)}`, COLLECT_ADDRESS_POLICY, now);
	if (count > COLLECT_ADDRESS_POLICY.freeFailures) throw new DomainError('too_many_requests', 'errors.too_many_responses');
}
