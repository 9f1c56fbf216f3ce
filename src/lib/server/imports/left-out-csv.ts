import { LOCALES, translator } from '../i18n/catalogues';
import { toCsvText } from '../exports/csv-text';
import type { ImportProblem } from './csv-rows';
import { describeImportProblem } from './problem-text';

/** A row left out of an import, as the file gave it (its cells trimmed), with what is wrong with it. */
export interface LeftOutRow {
	line: number;
	cells: string[];
	problems: ImportProblem[];
}

/** Enough to correct a row; a row wrong in every column would otherwise make a cell longer than the row. */
const REASONS_PER_ROW = 10;

/**
 * The left-out rows as a CSV to correct and import again: a first column saying why, in the user's language, then
 * the file's own columns and cells, so that the corrected file imports as it is. That column's name begins with
 * `_`, which the import reads as a tool's metadata and leaves out (csv-columns.ts); a file downloaded before,
 * corrected in part and checked again, loses its old one. Written as every CSV export is (formula-looking text
 * behind a `'`, which the import takes off), with a byte-order mark so that spreadsheets read it as UTF-8.
 */
export function writeLeftOutCsv(header: readonly string[], rows: readonly LeftOutRow[], locale: string): string {
	const t = translator(locale);
	const reasonColumns = new Set(LOCALES.map((known) => translator(known.code)('imports.left_out.column')));
	const kept = header.flatMap((name, index) => (reasonColumns.has(name) ? [] : [index]));
	const table = [
		[t('imports.left_out.column'), ...kept.map((index) => header[index])],
		...rows.map((row) => [
			describeRow(locale, row),
			...kept.map((index) => row.cells[index] ?? ''),
			// A row's values past the header stay past it, so that the import still finds them there.
			...trimEnd(row.cells.slice(header.length))
		])
	];
	return `\uFEFF${toCsvText(table)}`;
}

/** Why a row was left out: its line in the file sent, then each problem, at most REASONS_PER_ROW of them. */
export function describeRow(locale: string, row: Pick<LeftOutRow, 'line' | 'problems'>): string {
	const t = translator(locale);
	const said = row.problems.slice(0, REASONS_PER_ROW).map((problem) => {
		const message = describeImportProblem(locale, problem);
		return problem.column === null ? message : t('imports.left_out.in_column', { column: problem.column, message });
	});
	if (row.problems.length > REASONS_PER_ROW)
		said.push(t('imports.left_out.more', { count: row.problems.length - REASONS_PER_ROW }));
	// The line's number as the file counts its lines (1503, not 1,503); a count of reasons is written as a quantity.
	return t('imports.left_out.reasons', { line: String(row.line), reasons: said.join(' | ') });
}

function trimEnd(cells: string[]): string[] {
	let end = cells.length;
	while (end > 0 && cells[end - 1] === '') end -= 1;
	return cells.slice(0, end);
}
