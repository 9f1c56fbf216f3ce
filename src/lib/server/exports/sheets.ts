/** The rows an XLSX sheet holds, header included (Excel's limit, 2^20). */
export const SHEET_ROWS = 1_048_576;

/** A sheet's name: the first is `base`, the ones it continues on `base 2`, `base 3`, … */
export function sheetName(base: string, index: number): string {
	return index === 0 ? base : `${base} ${index + 1}`;
}

/**
 * How `count` rows land when the current sheet already holds `used` of the `capacity` rows a sheet takes: the
 * first number is what still fits on it (0 when it is full), each next one a new sheet's share.
 */
export function splitAcrossSheets(used: number, count: number, capacity: number): number[] {
	if (capacity < 1 || used < 0 || used > capacity || count < 0)
		throw new RangeError('splitAcrossSheets: used must lie within a positive capacity');
	const pieces = [Math.min(count, capacity - used)];
	for (let left = count - pieces[0]; left > 0; left -= capacity) pieces.push(Math.min(left, capacity));
	return pieces;
}
