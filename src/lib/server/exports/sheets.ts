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

/**
 * Sheets an export names itself, which no repeat group's may take (Excel's names differ in more than case), and
 * `history`, which Excel keeps for itself: a workbook with a sheet of that name opens only after Excel repairs it.
 */
const TAKEN_SHEETS = ['responses', 'codebook', 'history'];
/** Excel's longest sheet name, and room within it for a continued sheet's number (`members 12`). */
const SHEET_NAME_LENGTH = 31;
const CONTINUED = 4;

/**
 * Each repeat group's sheet, by its code: the code (cut to leave room for a continued sheet's number within
 * Excel's 31 characters, its characters out of those Excel forbids), `_2`, `_3`, … after it where cutting made
 * two alike or it is a sheet the export already names.
 */
export function nameRepeatSheets(codes: readonly string[]): Map<string, string> {
	const taken = new Set(TAKEN_SHEETS);
	const names = new Map<string, string>();
	const longest = SHEET_NAME_LENGTH - CONTINUED;
	for (const code of codes) {
		const base = code.replace(/[\/?*[\]:']/g, '_').slice(0, longest);
		let name = base;
		for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, longest - `_${n}`.length)}_${n}`;
		taken.add(name.toLowerCase());
		names.set(code, name);
	}
	return names;
}
