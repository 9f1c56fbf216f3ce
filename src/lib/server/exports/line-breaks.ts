import type { Cell, ResponsesTable } from './responses-rows';

/**
 * The table with each line break inside an answer (and the spaces around it) as one space: a response on one line,
 * as SPSS reads a CSV file.
 */
export function joinLines(table: ResponsesTable): ResponsesTable {
	const join = (row: readonly Cell[]): Cell[] =>
		row.map((cell) => (typeof cell === 'string' && /[\r\n]/.test(cell) ? cell.replace(/\s*[\r\n]+\s*/g, ' ') : cell));
	return {
		...table,
		async *pages() {
			for await (const page of table.pages()) yield page.map(join);
		}
	};
}
