import type { Kysely } from 'kysely';
import type { Database, ReviewState } from '../db/schema';
import { toCsvText, type CsvSeparator } from './csv-text';
import { addOptionColumns } from './option-columns';
import { openResponsesTable } from './responses-rows';

export interface ResponsesExport {
	filename: string;
	/** Responses in the file, for a download to show its progress. */
	total: number;
	stream: ReadableStream<Uint8Array>;
}

/** How a CSV export is laid out: its separator, and whether each option of a multiple choice has its own 0/1 column. */
export interface CsvLayout {
	separator: CsvSeparator;
	optionColumns: boolean;
}

export const DEFAULT_CSV_LAYOUT: CsvLayout = { separator: ',', optionColumns: false };

/**
 * A campaign's raw responses as CSV, for its owners and editors: UTF-8 with a byte order mark (so that Excel
 * reads it as such), the columns of `openResponsesTable` (laid out as `layout` asks). Read page by page as the
 * stream is read, in constant memory. Each export is an audit event.
 */
export async function exportResponsesCsv(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	options: { hxl: boolean; states?: readonly ReviewState[] | null; layout?: CsvLayout },
	now = new Date()
): Promise<ResponsesExport> {
	const { separator, optionColumns } = options.layout ?? DEFAULT_CSV_LAYOUT;
	const opened = await openResponsesTable(db, actorId, campaignId, { ...options, format: 'csv' }, now);
	const table = optionColumns ? addOptionColumns(opened) : opened;
	const encoder = new TextEncoder();
	const pages = table.pages();
	let started = false;
	const stream = new ReadableStream<Uint8Array>({
		async pull(controller) {
			if (!started) {
				started = true;
				controller.enqueue(encoder.encode(`\uFEFF${toCsvText(table.headerRows, separator)}`));
				return;
			}
			const page = await pages.next();
			if (page.done) controller.close();
			else controller.enqueue(encoder.encode(toCsvText(page.value, separator)));
		},
		async cancel() {
			await pages.return(undefined);
		}
	});
	return { filename: table.filename('csv'), total: table.total, stream };
}
