import { parse } from 'csv-parse/sync';
import { restoreText } from '../exports/formulas';

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
	/** The line of the file the row starts on; the header is line 1. */
	line: number;
	cells: string[];
}

export type CsvTable =
	| { ok: true; delimiter: Delimiter; header: string[]; rows: CsvRow[] }
	| { ok: false; error: 'not_utf8' | 'empty' | 'no_rows' | 'malformed'; line: number | null };

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

const readCell = (cell: string): string => restoreText(cell.trim());

interface ParsedRecord {
	record: string[];
	/** `lines`: the line the record ends on. */
	info: { lines: number };
}

/**
 * Reads a CSV file as a header and its rows. The file must be UTF-8 (a byte-order mark is dropped);
 * the delimiter is whichever of `,` `;` or tab the header line uses most, since KoboToolbox writes `;`
 * where ODK and spreadsheets write `,`. Blank lines, and lines of delimiters alone as spreadsheets leave at
 * the end, are no rows. Cells are trimmed, and lose the `'` a CSV export puts before formula-looking text (so
 * that a file Mesure wrote reads back as it was), that quote only.
 */
export function readCsvTable(bytes: Uint8Array): CsvTable {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return { ok: false, error: 'not_utf8', line: null };
	}
	// Line endings made one, so that a cell reads the same from Windows, a phone or a form post.
	text = text.replace(/\r\n?/g, '\n');
	if (text.trim() === '') return { ok: false, error: 'empty', line: null };
	const delimiter = detectDelimiter(text);
	let records: ParsedRecord[];
	try {
		// csv-parse's types do not follow `info: true`, which wraps each record with where it was read.
		records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as ParsedRecord[];
	} catch (error) {
		const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : null;
		return { ok: false, error: 'malformed', line };
	}
	const [first, ...rest] = records;
	const header = first.record.map(readCell);
	const rows = rest
		// csv-parse tells the line a record ends on; a quoted cell may hold line breaks.
		.map(({ record, info }) => ({ line: info.lines - countLineBreaks(record), cells: record.map(readCell) }))
		.filter((row) => row.cells.some((cell) => cell !== ''));
	if (rows.length === 0) return { ok: false, error: 'no_rows', line: null };
	return { ok: true, delimiter, header, rows };
}

/** The delimiter used most in the first line, outside quotes; `,` when it uses none. */
export function detectDelimiter(text: string): Delimiter {
	const counts = new Map<Delimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
	let quoted = false;
	for (const character of text) {
		if (character === '"') quoted = !quoted;
		else if (!quoted && character === '\n') break;
		else if (!quoted && counts.has(character as Delimiter)) counts.set(character as Delimiter, counts.get(character as Delimiter)! + 1);
	}
	return DELIMITERS.reduce((best, delimiter) => (counts.get(delimiter)! > counts.get(best)! ? delimiter : best));
}

function countLineBreaks(cells: readonly string[]): number {
	let count = 0;
	for (const cell of cells) for (const character of cell) if (character === '\n') count += 1;
	return count;
}
