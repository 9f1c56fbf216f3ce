import type { Kysely } from 'kysely';
import type { Database, ReviewState } from '../db/schema';
import { toCsvText } from './csv-text';
import { openResponsesTable } from './responses-rows';

export interface ResponsesExport {
	filename: string;
	/** Responses in the file, for a download to show its progress. */
	total: number;
	stream: ReadableStream<Uint8Array>;
}

/**
 * A campaign's raw responses as CSV, for its owners and editors: UTF-8 with a byte order mark (so that Excel
 * reads it as such), the columns of `openResponsesTable`. Read page by page as the stream is read, in constant
 * memory. Each export is an audit event.
 */
export async function exportResponsesCsv(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	options: { hxl: boolean; states?: readonly ReviewState[] | null },
	now = new Date()
): Promise<ResponsesExport> {
	const table = await openResponsesTable(db, actorId, campaignId, { ...options, format: 'csv' }, now);
	const encoder = new TextEncoder();
	const pages = table.pages();
	let started = false;
	const stream = new ReadableStream<Uint8Array>({
		async pull(controller) {
			if (!started) {
				started = true;
				controller.enqueue(encoder.encode(`\uFEFF${toCsvText(table.headerRows)}`));
				return;
			}
			const page = await pages.next();
			if (page.done) controller.close();
			else controller.enqueue(encoder.encode(toCsvText(page.value)));
		},
		async cancel() {
			await pages.return(undefined);
		}
	});
	return { filename: table.filename('csv'), total: table.total, stream };
}
