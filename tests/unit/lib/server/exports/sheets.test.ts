import { describe, expect, it } from 'vitest';
import { nameRepeatSheets, SHEET_ROWS, sheetName, splitAcrossSheets } from '$lib/server/exports/sheets';

describe('splitting rows across XLSX sheets', () => {
	it.each([
		['an empty page', 0, 0, 10, [0]],
		['a page that fits', 0, 4, 10, [4]],
		['a page that fills the sheet exactly', 6, 4, 10, [4]],
		['a page past the sheet’s end', 8, 4, 10, [2, 2]],
		['a page on a full sheet', 10, 3, 10, [0, 3]],
		['a page over several sheets', 5, 27, 10, [5, 10, 10, 2]],
		['a million rows with a header', SHEET_ROWS - 1 - 500, 1000, SHEET_ROWS - 1, [500, 500]]
	])('%s', (_, used, count, capacity, expected) => {
		const pieces = splitAcrossSheets(used, count, capacity);
		expect(pieces).toEqual(expected);
		expect(pieces.reduce((sum, piece) => sum + piece, 0)).toBe(count);
	});

	it('refuses a sheet fuller than it can be', () => {
		expect(() => splitAcrossSheets(11, 1, 10)).toThrow(RangeError);
		expect(() => splitAcrossSheets(0, 1, 0)).toThrow(RangeError);
	});

	it.each([
		[0, 'responses'],
		[1, 'responses 2'],
		[9, 'responses 10']
	])('names sheet %i “%s”', (index, name) => {
		expect(sheetName('responses', index)).toBe(name);
	});

	it('names each repeat group’s sheet after its code, within 31 characters, apart from the export’s own', () => {
		const long = 'household_members_of_the_extended_family';
		const names = nameRepeatSheets(['members', 'responses', 'codebook', long, `${long}_too`]);
		expect([...names.values()]).toEqual([
			'members',
			'responses_2',
			'codebook_2',
			'household_members_of_the_ex',
			'household_members_of_the__2'
		]);
		for (const name of names.values()) expect(sheetName(name, 99).length).toBeLessThanOrEqual(31);
	});

	it('keeps a group named history off the name Excel keeps for itself', () => {
		expect(nameRepeatSheets(['history']).get('history')).toBe('history_2');
	});
});
