import type { Kysely } from 'kysely';
import type { Database, ReviewState } from '../db/schema';
import { listResponsesAfter, type ExportedRow } from './repository';

const PAGE = 1000;

/** The campaign's responses (in those states) a page at a time, each read from the database only when asked for. */
export async function* readResponsePages(
	db: Kysely<Database>,
	campaignId: string,
	states: readonly ReviewState[] | null
): AsyncGenerator<ExportedRow[]> {
	let after: string | null = null;
	for (;;) {
		const rows = await listResponsesAfter(db, campaignId, after, PAGE, states);
		if (rows.length > 0) {
			after = rows[rows.length - 1].client_id;
			yield rows;
		}
		if (rows.length < PAGE) return;
	}
}
