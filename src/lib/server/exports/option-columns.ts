import type { Cell, ResponsesTable } from './responses-rows';

/**
 * The table with, after each multiple-choice column (its codes space-separated), one column per option named
 * `CODE/option`, as KoboToolbox exports them: 1 when the option was chosen, 0 when it was not, empty when the
 * question was not answered. Mesure's import reads the list column and leaves those out.
 */
export function addOptionColumns(table: ResponsesTable): ResponsesTable {
	const [header, ...others] = table.headerRows;
	const expansions = header.map((code) => table.optionsOf.get(code) ?? null);
	const widen = (row: readonly Cell[]): Cell[] =>
		row.flatMap((cell, i) => {
			const options = expansions[i];
			if (!options) return [cell];
			const chosen = typeof cell === 'string' ? new Set(cell.split(/\s+/)) : null;
			return [cell, ...options.map((option) => (chosen === null ? null : chosen.has(option) ? 1 : 0))];
		});
	const headerRows = [
		widenHeader(header, table.optionsOf),
		// The HXL row: each option's column tagged as its question's, with the option as an attribute.
		...others.map((row) =>
			row.flatMap((tag, i) => [
				tag,
				...(expansions[i] ?? []).map((option) => `${tag}+${option.toLowerCase().replace(/[^a-z0-9]/g, '_')}`)
			])
		)
	];
	return {
		...table,
		headerRows,
		async *pages() {
			for await (const page of table.pages()) yield page.map(widen);
		}
	};
}

/** The header with, after each multiple-choice column, its options' columns (`CODE/option`). */
export function widenHeader(header: readonly string[], optionsOf: ReadonlyMap<string, readonly string[]>): string[] {
	return header.flatMap((code) => [code, ...(optionsOf.get(code) ?? []).map((option) => `${code}/${option}`)]);
}
