import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { isDomainError } from '../errors';
import { startSumsBatch, writeSumsBatch, type SumsBatch } from '../indicators/sums';
import { bumpDataVersion } from '../indicators/versions';
import { admitSubmission } from './flood';
import { storeSubmission, type StoreContext, type Stored, type Submission } from './service';
import type { CollectTarget } from './target';

/** One response to write: counted against its address first when a respondent (not an enumerator) sent it. */
export interface Write {
	target: CollectTarget;
	submission: Submission;
	context: StoreContext;
	address: string;
}

export type Written = Stored | { tooMany: true };

interface Waiting extends Write {
	done: (written: Written) => void;
	failed: (error: unknown) => void;
}

interface Queue {
	waiting: Waiting[];
	writing: boolean;
}

/** Most responses one transaction writes. */
const MOST_PER_TRANSACTION = 200;

const queues = new WeakMap<Kysely<Database>, Queue>();

/**
 * Writes respondents' answers in shared transactions (a group commit): the answers that arrive while one
 * transaction writes go together into the next, so that each costs a share of one commit instead of a commit
 * of its own. Each caller is answered once its transaction has committed, never before: nothing acknowledged
 * can be lost. An answer that fails its transaction is tried again alone, so that it cannot fail the others.
 */
export function writeResponse(db: Kysely<Database>, write: Write): Promise<Written> {
	let queue = queues.get(db);
	if (!queue) queues.set(db, (queue = { waiting: [], writing: false }));
	const waiting = queue;
	return new Promise((done, failed) => {
		waiting.waiting.push({ ...write, done, failed });
		if (waiting.writing) return;
		waiting.writing = true;
		// After the requests already read in this turn of the event loop have joined the queue.
		setImmediate(() => void drain(db, waiting));
	});
}

async function drain(db: Kysely<Database>, queue: Queue): Promise<void> {
	try {
		while (queue.waiting.length > 0) {
			const batch = queue.waiting.splice(0, MOST_PER_TRANSACTION);
			try {
				const written = await db.transaction().execute(async (trx) => {
					const results: Written[] = [];
					const sums = startSumsBatch();
					for (const write of batch) results.push(await writeOne(trx, write, sums));
					await writeSumsBatch(trx, sums);
					await bumpVersions(trx, batch, results);
					return results;
				});
				batch.forEach((write, i) => write.done(written[i]));
			} catch {
				for (const write of batch) {
					await db
						.transaction()
						.execute(async (trx) => {
							const written = await writeOne(trx, write);
							await bumpVersions(trx, [write], [written]);
							return written;
						})
						.then(write.done, write.failed);
				}
			}
		}
	} finally {
		queue.writing = false;
	}
}

/** Once per campaign and transaction: its reports are out of date when it has anything new. */
async function bumpVersions(
	trx: Transaction<Database>,
	writes: readonly Write[],
	written: readonly Written[]
): Promise<void> {
	const changed = new Set(
		writes
			.filter((_, i) => !('tooMany' in written[i]) && !(written[i] as Stored).duplicate)
			.map((write) => write.target.campaign.id)
	);
	for (const campaignId of changed) await bumpDataVersion(trx, campaignId);
}

/** Stores one response of the transaction, its indicator sums gathered in `sums` when given (written once for all). */
async function writeOne(trx: Transaction<Database>, write: Write, sums?: SumsBatch): Promise<Written> {
	if (write.context.collectorId === null) {
		try {
			await admitSubmission(trx, write.target.link.id, write.address, write.context.now);
		} catch (error) {
			if (isDomainError(error) && error.code === 'too_many_requests') return { tooMany: true };
			throw error;
		}
	}
	return storeSubmission(trx, write.target, write.submission, { ...write.context, sums });
}
