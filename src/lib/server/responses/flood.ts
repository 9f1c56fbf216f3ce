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
 * which address it was (each value stands for hundreds of them), and swept once its window has passed.
 * An IPv6 address counts by its /64 network, which one phone (or one script) may roam at will.
 */
export function bucketAddress(linkId: string, address: string): string {
	return hashSecret(`${linkId}:${networkOf(address)}`).slice(0, 6);
}

/** IPv4 as it is (also when written as IPv6), IPv6 by its first four groups. */
export function networkOf(address: string): string {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
	if (mapped) return mapped[1];
	if (!address.includes(':')) return address;
	const [head, tail = ''] = address.toLowerCase().split('::');
	const front = head ? head.split(':') : [];
	const back = address.includes('::') ? (tail ? tail.split(':') : []) : [];
	const groups = [...front, ...Array(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
	return `${groups
		.slice(0, 4)
		.map((group) => group.replace(/^0+(?=.)/, ''))
		.join(':')}::/64`;
}

/**
 * Counts one submission from the address; refused past the policy's limit until its window ends. The count
 * alone decides (no wait is ever set), so it is the throttles' upsert with nothing after it.
 */
export async function admitSubmission(
	db: Kysely<Database> | Transaction<Database>,
	linkId: string,
	address: string,
	now = new Date()
): Promise<void> {
	const key = `collect:${linkId}:${bucketAddress(linkId, address)}`;
	// To the minute: the count's time must not tell which response it came with.
	const nowIso = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
	const windowStart = new Date(now.getTime() - COLLECT_ADDRESS_POLICY.windowSeconds * 1000).toISOString();
	const compiled = reuseCompiled(
		db,
		'countSubmission',
		() => buildFailureCount(db, key, nowIso, windowStart),
		failureCountParameters(key, nowIso, windowStart)
	);
	const [row] = (await db.executeQuery(compiled)).rows;
	if (Number(row?.failures) > COLLECT_ADDRESS_POLICY.freeFailures)
		throw new DomainError('too_many_requests', 'errors.too_many_responses');
}

/** The counts whose window has passed: they go, with what they kept of addresses. */
export async function deleteFinishedCounts(db: Kysely<Database>, now = new Date()): Promise<void> {
	const cutoff = new Date(now.getTime() - COLLECT_ADDRESS_POLICY.windowSeconds * 1000).toISOString();
	await db.deleteFrom('throttles').where('key', 'like', 'collect:%').where('window_started_at', '<', cutoff).execute();
}
