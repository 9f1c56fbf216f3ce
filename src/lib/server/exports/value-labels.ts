import type { Codebook } from './codebook-csv';
import type { Cell, ResponsesTable } from './responses-rows';

/** Between the labels of a multiple choice's options, which may hold spaces and commas themselves. */
export const LABEL_SEPARATOR = ' | ';

/**
 * The table with each answer given by its label in the codebook's language rather than its code (a multiple
 * choice's labels joined by `LABEL_SEPARATOR`), for reading, not for importing back. Headers stay the answer
 * codes, so that the codebook describes the file; a value the codebook does not list stays as it is.
 */
export function labelValues(table: ResponsesTable, codebook: Codebook): ResponsesTable {
	const labels = new Map<string, Map<string, string>>();
	for (const [variable, , , value, label] of codebook.rows.slice(1)) {
		if (value === '' || label === '') continue;
		if (!labels.has(variable)) labels.set(variable, new Map());
		labels.get(variable)!.set(value, label);
	}
	const [header] = table.headerRows;
	const columns = header.map((code) => {
		const values = labels.get(code);
		return values ? { values, multiple: table.optionsOf.has(code) } : null;
	});
	const label = (row: readonly Cell[]): Cell[] =>
		row.map((cell, i) => {
			const column = columns[i];
			if (!column || cell === null || typeof cell === 'boolean') return cell;
			const text = String(cell);
			if (!column.multiple) return column.values.get(text) ?? cell;
			return text
				.split(/\s+/)
				.filter(Boolean)
				.map((code) => column.values.get(code) ?? code)
				.join(LABEL_SEPARATOR);
		});
	return {
		...table,
		async *pages() {
			for await (const page of table.pages()) yield page.map(label);
		}
	};
}
