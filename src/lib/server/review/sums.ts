import type { Transaction } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema';
import { addToSumsBatch, deleteEmptySums, startSumsBatch, writeSumsBatch } from '../indicators/sums';
import { bumpDataVersion } from '../indicators/versions';

const counted = (row: ResponsesTable | null): row is ResponsesTable => row !== null && row.review_state !== 'rejected';

/**
 * Takes a response as it was out of its campaign's indicator sums and puts it back as it is now (null: gone),
 * in the transaction that changes it: a rejected response counts in neither. Its campaign's data version moves
 * (reports are out of date, and the change is listed at that version) even when its sums do not.
 */
export async function replaceInSums(
	trx: Transaction<Database>,
	before: ResponsesTable | null,
	after: ResponsesTable | null
): Promise<void> {
	const campaignId = (before ?? after)!.campaign_id;
	if (counted(before) || counted(after)) {
		const batch = startSumsBatch();
		if (counted(before)) addToSumsBatch(batch, before, -1);
		if (counted(after)) addToSumsBatch(batch, after, 1);
		await writeSumsBatch(trx, batch);
		await deleteEmptySums(trx, campaignId);
	}
	await bumpDataVersion(trx, campaignId);
}
