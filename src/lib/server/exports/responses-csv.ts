import type { Kysely } from 'kysely';
import type { Database, ReviewState } from '../db/schema';
import { toCsvText, type CsvSeparator } from './csv-text';
import { addOptionColumns } from './option-columns';
import { buildCodebook } from './codebook-csv';
import { joinLines } from './line-breaks';
import { labelValues } from './value-labels';
import { DomainError } from '../errors';
import { openResponsesTable } from './responses-rows';

export interface ResponsesExport {
	filename: string;
	/** Responses in the file, for a download to show its progress. */
	total: number;
	stream: ReadableStream<Uint8Array>;
}

/**
 * How a CSV export is laid out: its separator, whether each option of a multiple choice has its own 0/1 column,
 * and the language whose labels stand for the answers' codes (null: the codes, which import back).
 */
export interface CsvLayout {
	separator: CsvSeparator;
	optionColumns: boolean;
	labels?: string | null;
	/** `space`: each line break inside an answer as a space, a response on one line (as SPSS reads CSV). */
	lineBreaks?: 'keep' | 'space';
}

export const DEFAULT_CSV_LAYOUT: CsvLayout = { separator: ',', optionColumns: false, labels: null, lineBreaks: 'keep' };

/**
 * A campaign's raw responses as CSV, for its owners and editors: UTF-8 with a byte order mark (so that Excel
 * reads it as such), the columns of `openResponsesTable` (laid out as `layout` asks). Read page by page as the
 * stream is read, in constant memory. Each export is an audit event. `repeat`: that repeat group's instances
 * instead, a row each, joined to their responses by `_parent_index` (KoboToolbox's joined CSV of a repeat).
 */
export async function exportResponsesCsv(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	options: { hxl: boolean; states?: readonly ReviewState[] | null; layout?: CsvLayout; repeat?: string | null },
	now = new Date()
): Promise<ResponsesExport> {
	const { separator, optionColumns, labels = null, lineBreaks = 'keep' } = options.layout ?? DEFAULT_CSV_LAYOUT;
	// Checked before the export is opened (and its audit event written): a language the campaign lacks is refused.
	const codebook = labels === null ? null : await buildCodebook(db, actorId, campaignId, labels);
	if (codebook && codebook.language !== labels)
		throw new DomainError('invalid', 'errors.csv_labels_language', { field: 'labels' });
	const opened = await openResponsesTable(db, actorId, campaignId, { ...options, format: 'csv' }, now);
	const repeat = opened.repeats.find((candidate) => candidate.code === options.repeat);
	const chosen = repeat ? opened.openRepeat(repeat) : opened;
	const widened = optionColumns ? addOptionColumns(chosen) : chosen;
	const labelled = codebook ? labelValues(widened, codebook) : widened;
	const table = lineBreaks === 'space' ? joinLines(labelled) : labelled;
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
