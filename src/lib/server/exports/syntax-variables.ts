import type { Codebook } from './codebook-csv';
import { META_COLUMNS } from './responses-rows';

/** A column of the responses CSV as a statistics package reads it. */
export interface SyntaxVariable {
	/** Its header in the CSV. */
	column: string;
	label: string;
	/** Numbers are read as numbers; anything else as text (codes keep their leading zeros). */
	kind: 'number' | 'text';
	/** The longest text it may hold, in bytes of UTF-8. */
	width: number;
	/** Digits after the decimal point, for a number. */
	decimals: number;
	/** Each code it may hold with its label, in the codebook's order. */
	values: [code: string, label: string][];
}

/** Free text: 5,000 characters at most (a long text answer), of up to 4 bytes each. */
const TEXT_WIDTH = 20_000;
const META_WIDTHS: Record<string, number> = {
	wave: 16,
	group: 16,
	language: 16,
	mode: 16,
	review_state: 16,
	started_at: 40,
	submitted_at: 40,
	cluster: 40
};
const META: ReadonlySet<string> = new Set(META_COLUMNS);

/**
 * The CSV's columns (its header) described from the codebook: labels, whether each is a number, the codes it
 * may hold and their labels. A multiple choice's 0/1 column (`CODE/option`) is a number labelled by its
 * question and option, its values by `chosen`; a column the codebook does not describe (a question of an
 * earlier survey version) is text without a label.
 */
export function describeVariables(
	header: readonly string[],
	codebook: Codebook,
	chosen: { no: string; yes: string }
): SyntaxVariable[] {
	const described = new Map<string, { label: string; type: string; values: [string, string][] }>();
	for (const [variable, label, type, value, valueLabel] of codebook.rows.slice(1)) {
		if (value === '') described.set(variable, { label, type, values: [] });
		else described.get(variable)?.values.push([value, valueLabel]);
	}
	return header.map((column): SyntaxVariable => {
		const slash = column.indexOf('/');
		if (slash > 0 && described.has(column.slice(0, slash))) {
			const question = described.get(column.slice(0, slash))!;
			const option = column.slice(slash + 1);
			const optionLabel = question.values.find(([code]) => code === option)?.[1] || option;
			return {
				column,
				label: `${question.label}: ${optionLabel}`,
				kind: 'number',
				width: 1,
				decimals: 0,
				values: [
					['0', chosen.no],
					['1', chosen.yes]
				]
			};
		}
		const known = described.get(column);
		if (!known) return { column, label: '', kind: 'text', width: TEXT_WIDTH, decimals: 0, values: [] };
		const { label, type, values } = known;
		// A repeat group's column is its number of instances.
		if (type === 'integer' || type === 'decimal' || type === 'repeat')
			return { column, label, kind: 'number', width: 0, decimals: type === 'decimal' ? 6 : 0, values: [] };
		// A list of codes has no label of its own: its 0/1 columns have.
		const labelled = type === 'select_multiple' ? [] : values;
		return { column, label, kind: 'text', width: widthOf(column, known), decimals: 0, values: labelled };
	});
}

function widthOf(column: string, known: { type: string; values: [string, string][] }): number {
	if (META.has(column)) return META_WIDTHS[column] ?? 255;
	const bytes = known.values.map(([code]) => Buffer.byteLength(code));
	if (known.type === 'select_one' && bytes.length > 0) return Math.max(...bytes);
	// Every option chosen, space-separated.
	if (known.type === 'select_multiple' && bytes.length > 0) return bytes.reduce((sum, length) => sum + length + 1, -1);
	return TEXT_WIDTH;
}
