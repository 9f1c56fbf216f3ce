import type { Transaction } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema';
import { addToSumsBatch, deleteEmptySums, startSumsBatch, writeSumsBatch } from '../indicators/sums';
import { bumpDataVersion } from '../indicators/versions';

const counted = (row: ResponsesTable | null): row is ResponsesTable => row !== null && row.review_state !== 'rejected';

/**
 * Takes a response as it was out of its campaign's indicator sums and puts it back as it is now (null: gone),
 * in the transaction that changes it: a rejected response counts in neither. Reports are then out of date.
 */
export async function replaceInSums(
	trx: Transaction<Database>,
	before: ResponsesTable | null,
	after: ResponsesTable | null
): Promise<void> {
	if (!counted(before) && !counted(after)) return;
	const batch = startSumsBatch();
	if (counted(before)) addToSumsBatch(batch, before, -1);
	if (counted(after)) addToSumsBatch(batch, after, 1);
	await writeSumsBatch(trx, batch);
	const campaignId = (before ?? after)!.campaign_id;
	await deleteEmptySums(trx, campaignId);
	await bumpDataVersion(trx, campaignId);
}
