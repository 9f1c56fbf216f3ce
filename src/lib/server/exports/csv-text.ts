import { stringify } from 'csv-stringify/sync';
import { neutraliseText } from './formulas';
import type { Cell } from './responses-rows';

/** A cell as it prints: nothing as an empty field, numbers and flags as they are, text made safe to open. */
function toField(cell: Cell): string {
	if (cell === null) return '';
	return typeof cell === 'string' ? neutraliseText(cell) : String(cell);
}

/**
 * CSV records from a table's rows, as every CSV export writes them: comma-separated (or `separator`), CR-LF between records,
 * formula-looking text behind a `'` (numbers stay numbers), and in quotes every field holding a quote, a comma,
 * a line break of any kind, a semicolon or a tab, so that a reader splitting on any of the separators Mesure's
 * import accepts still sees each field whole.
 */
export function toCsvText(rows: readonly (readonly Cell[])[], separator: CsvSeparator = ','): string {
	return stringify(
		rows.map((row) => row.map(toField)),
		// Given a record delimiter, csv-stringify quotes a field for that delimiter alone, not for a lone \n or \r.
		{ delimiter: separator, record_delimiter: '\r\n', quoted_match: /[\r\n;,\t]/ }
	);
}

/** `,`, or `;` as spreadsheets set up for a decimal comma (French, Portuguese, Spanish) expect. */
export type CsvSeparator = ',' | ';';
