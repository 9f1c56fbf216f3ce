import { REVIEW_STATES, type ReviewState } from '$lib/review/types';
import { DomainError } from '../errors';
import type { CsvLayout, ResponsesExport } from './responses-csv';
import type { SyntaxTool } from './responses-syntax';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An export as a file to download (a stream, or the whole file), never cached. */
function toDownload(
	contentType: string,
	filename: string,
	body: ReadableStream<Uint8Array> | string | Uint8Array,
	extra: Record<string, string> = {}
): Response {
	return new Response(body as BodyInit, {
		headers: {
			'content-type': contentType,
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'no-store',
			...extra
		}
	});
}

export function toCsvDownload(filename: string, body: ReadableStream<Uint8Array> | string): Response {
	return toDownload('text/csv; charset=utf-8', filename, body);
}

/** A syntax file (SPSS, Stata) to download, as UTF-8 text. */
export function toTextDownload(filename: string, body: string): Response {
	return toDownload('text/plain; charset=utf-8', filename, body);
}

export function toXlsxDownload(filename: string, body: ReadableStream<Uint8Array> | Uint8Array): Response {
	return toDownload(XLSX_TYPE, filename, body);
}

/** A responses export, its number of rows in `X-Total-Rows` before the first byte, for a download's progress. */
export function toResponsesDownload({ filename, stream, total }: ResponsesExport): Response {
	const type = filename.endsWith('.xlsx') ? XLSX_TYPE : 'text/csv; charset=utf-8';
	return toDownload(type, filename, stream, { 'x-total-rows': String(total) });
}

/**
 * `?state=approved&state=received`: only the responses in these review states; none given, every response. An
 * unknown state is refused rather than read as none.
 */
export function readReviewStates(url: URL): ReviewState[] | null {
	const states = url.searchParams.getAll('state').filter((state) => state !== '');
	if (states.length === 0) return null;
	const known = new Set<string>(REVIEW_STATES);
	if (!states.every((state) => known.has(state)))
		throw new DomainError('invalid', 'errors.review_state_unknown', { field: 'state' });
	return states as ReviewState[];
}

/** `?repeat=members`: that repeat group's instances, a row each, rather than the responses; none given, the responses. */
export function readRepeat(url: URL): string | null {
	return url.searchParams.get('repeat') || null;
}

/** `?hxl=1` (or `true`, `yes`) asks for the HXL hashtag row. */
export function wantsHxl(url: URL): boolean {
	return ['1', 'true', 'yes'].includes(url.searchParams.get('hxl') ?? '');
}

/**
 * `?separator=semicolon` (or `;`; `comma`, `,` by default) and `?multiple=columns` (one 0/1 column per option;
 * `list` by default, the codes space-separated), `?labels=fr` (answers as their labels in one of the campaign's
 * languages), `?breaks=space` (line breaks in answers as spaces; `keep` by default): how a responses CSV is laid
 * out. Anything else is refused.
 */
export function readCsvLayout(url: URL): CsvLayout {
	const separator = url.searchParams.get('separator') ?? 'comma';
	const multiple = url.searchParams.get('multiple') ?? 'list';
	const separators: Record<string, CsvLayout['separator']> = { comma: ',', ',': ',', semicolon: ';', ';': ';' };
	if (!Object.hasOwn(separators, separator))
		throw new DomainError('invalid', 'errors.csv_separator_unknown', { field: 'separator' });
	if (multiple !== 'list' && multiple !== 'columns')
		throw new DomainError('invalid', 'errors.csv_multiple_unknown', { field: 'multiple' });
	const breaks = url.searchParams.get('breaks') ?? 'keep';
	if (breaks !== 'keep' && breaks !== 'space')
		throw new DomainError('invalid', 'errors.csv_breaks_unknown', { field: 'breaks' });
	const labels = url.searchParams.get('labels');
	return {
		separator: separators[separator],
		optionColumns: multiple === 'columns',
		labels: labels || null,
		lineBreaks: breaks
	};
}

/** A syntax file's options: its tool, `?lang=` for the labels, and the layout of the CSV it reads (`readCsvLayout`). */
export function readSyntaxOptions(url: URL, tool: SyntaxTool) {
	const { separator, optionColumns } = readCsvLayout(url);
	return { tool, language: url.searchParams.get('lang'), layout: { separator, optionColumns } };
}
