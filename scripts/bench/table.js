// Plain-text tables and numbers for the benchmarks' output.

/** @param {number} value */
export function count(value) {
	return Math.round(value).toLocaleString('en-GB');
}

/** @param {number} value @param {number} [digits] */
export function decimal(value, digits = 2) {
	return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/**
 * Columns padded to their widest cell; a header `{ title, right }` aligns numbers to the right.
 * @param {{ title: string, right?: boolean }[]} columns
 * @param {string[][]} rows
 * @returns {string}
 */
export function table(columns, rows) {
	const widths = columns.map((column, index) =>
		Math.max(column.title.length, ...rows.map((row) => (row[index] ?? '').length))
	);
	const line = (/** @type {string[]} */ cells) =>
		cells
			.map((cell, index) => (columns[index].right ? cell.padStart(widths[index]) : cell.padEnd(widths[index])))
			.join('  ')
			.trimEnd();
	return [
		line(columns.map((column) => column.title)),
		line(widths.map((width) => '-'.repeat(width))),
		...rows.map(line)
	].join('\n');
}
