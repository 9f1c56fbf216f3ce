import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { restoreText } from '../exports/formulas';

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
	/** The line of the file the row starts on; the header is line 1. */
	line: number;
	cells: string[];
}

export type CsvTableError = 'not_utf8' | 'empty' | 'no_rows' | 'malformed';

/** Why a file could not be read as a table, and near which line when that is known. */
export class CsvTableFailure extends Error {
	constructor(
		readonly error: CsvTableError,
		readonly line: number | null
	) {
		super(error);
	}
}

/** What the bytes read so far are: counted as they go to the parser, for a progress bar. */
export interface ReadCount {
	bytes: number;
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

const readCell = (cell: string): string => restoreText(cell.trim());

interface ParsedRecord {
	record: string[];
	/** `lines`: the line the record ends on. */
	info: { lines: number };
}

/**
 * Reads a CSV file, chunk by chunk, as its header (line 1) then its rows, so that a large file never sits in
 * memory as a whole table: the caller may stop at any row. The file must be UTF-8 (a byte-order mark is
 * dropped); the delimiter is whichever of `,` `;` or tab the header line uses most, since KoboToolbox writes
 * `;` where ODK and spreadsheets write `,`. Blank lines, and lines of delimiters alone as spreadsheets leave
 * at the end, are no rows. Cells are trimmed, and lose the `'` a CSV export puts before formula-looking text
 * (so that a file Mesure wrote reads back as it was), that quote only. Throws a CsvTableFailure.
 */
export async function* readCsvTable(
	chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
	count: ReadCount = { bytes: 0 }
): AsyncGenerator<CsvRow> {
	const text = decodeText(chunks, count)[Symbol.asyncIterator]();
	// The header line whole, and something other than blanks, before the delimiter can be told.
	let head = '';
	let ended = false;
	while (!(/\S/.test(head) && endsFirstLine(head))) {
		const next = await text.next();
		if (next.done) {
			ended = true;
			break;
		}
		head += next.value;
	}
	if (head.trim() === '') throw new CsvTableFailure('empty', null);
	const delimiter = detectDelimiter(head);
	async function* rest(): AsyncGenerator<string> {
		yield head;
		while (!ended) {
			const next = await text.next();
			if (next.done) return;
			yield next.value;
		}
	}
	const source = Readable.from(rest());
	const parser = parse({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true });
	source.once('error', (error) => parser.destroy(error));
	source.pipe(parser);
	let header = true;
	try {
		for await (const { record, info } of parser as AsyncIterable<ParsedRecord>) {
			// csv-parse tells the line a record ends on; a quoted cell may hold line breaks.
			const row = { line: header ? 1 : info.lines - countLineBreaks(record), cells: record.map(readCell) };
			if (header || row.cells.some((cell) => cell !== '')) yield row;
			header = false;
		}
	} catch (error) {
		if (error instanceof CsvTableFailure) throw error;
		const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : null;
		throw new CsvTableFailure('malformed', line);
	} finally {
		source.destroy();
		parser.destroy();
	}
	if (header) throw new CsvTableFailure('empty', null);
}

/** The text of the chunks, line endings made one so that a cell reads the same from Windows, a phone or a form post. */
async function* decodeText(
	chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
	count: ReadCount
): AsyncGenerator<string> {
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
	let carried = '';
	const normalise = (decoded: string, last: boolean): string => {
		let text = carried + decoded;
		carried = '';
		// A `\r` at the end of a chunk may be the first half of a `\r\n`.
		if (!last && text.endsWith('\r')) {
			carried = '\r';
			text = text.slice(0, -1);
		}
		return text.replace(/\r\n?/g, '\n');
	};
	const decode = (chunk?: Uint8Array): string => {
		try {
			return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
		} catch {
			throw new CsvTableFailure('not_utf8', null);
		}
	};
	for await (const chunk of chunks) {
		count.bytes += chunk.byteLength;
		const text = normalise(decode(chunk), false);
		if (text !== '') yield text;
	}
	const text = normalise(decode(), true);
	if (text !== '') yield text;
}

/** Whether the text holds the whole first line: a line break outside quotes. */
function endsFirstLine(text: string): boolean {
	let quoted = false;
	for (const character of text) {
		if (character === '"') quoted = !quoted;
		else if (!quoted && character === '\n') return true;
	}
	return false;
}

/** The delimiter used most in the first line, outside quotes; `,` when it uses none. */
export function detectDelimiter(text: string): Delimiter {
	const counts = new Map<Delimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
	let quoted = false;
	for (const character of text) {
		if (character === '"') quoted = !quoted;
		else if (!quoted && character === '\n') break;
		else if (!quoted && counts.has(character as Delimiter))
			counts.set(character as Delimiter, counts.get(character as Delimiter)! + 1);
	}
	return DELIMITERS.reduce((best, delimiter) => (counts.get(delimiter)! > counts.get(best)! ? delimiter : best));
}

function countLineBreaks(cells: readonly string[]): number {
	let count = 0;
	for (const character of cells.join('')) if (character === '\n') count += 1;
	return count;
}
