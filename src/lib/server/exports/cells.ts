/** A value of an exported table: text, a number (typed as such in a spreadsheet), a flag, or nothing. */
export type Cell = string | number | boolean | null;

/** An answer code's HXL hashtag (the region as an admin-1 code). */
export function hxlOf(code: string): string {
	return code === 'D3' ? '#adm1+code' : `#indicator+${code.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
}

/** A custom answer as every table writes it: a list of codes space-separated. */
export function customCell(value: unknown): Cell {
	if (value === undefined || value === null) return null;
	if (Array.isArray(value)) return value.join(' ');
	return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

/** A repeat group's answer in the responses' table: its number of instances (listed on a table of their own). */
export function countInstancesCell(value: unknown): Cell {
	return Array.isArray(value) ? value.length : customCell(value);
}
