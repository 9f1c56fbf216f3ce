import { describe, expect, it } from 'vitest';
import { attachmentName, countLineBreaks, progressOf, totalOf } from '$lib/downloads';

describe('a download’s progress', () => {
	it('counts line breaks across chunks', () => {
		const encoder = new TextEncoder();
		expect(countLineBreaks(encoder.encode('a,b\r\n1,2\r\n3,'))).toBe(2);
		expect(countLineBreaks(encoder.encode(''))).toBe(0);
	});

	it.each([
		['header only', 1, 1, 100, { rows: 0, total: 100, fraction: 0 }],
		['half the rows', 51, 1, 100, { rows: 50, total: 100, fraction: 0.5 }],
		['the HXL row not counted', 52, 2, 100, { rows: 50, total: 100, fraction: 0.5 }],
		['line breaks inside answers never pass the total', 130, 1, 100, { rows: 100, total: 100, fraction: 1 }],
		['an empty export is complete', 1, 1, 0, { rows: 0, total: 0, fraction: 1 }],
		['before the header', 0, 1, 10, { rows: 0, total: 10, fraction: 0 }]
	])('in rows: %s', (_, lines, headerLines, total, expected) => {
		expect(progressOf({ bytes: 1, lines }, { countsRows: true, headerLines, total })).toEqual(expected);
	});

	it('has no share for a file counted in bytes, or without a total', () => {
		expect(
			progressOf({ bytes: 5000, lines: 3 }, { countsRows: false, headerLines: 1, total: 100 }).fraction
		).toBeNull();
		expect(progressOf({ bytes: 5000, lines: 3 }, { countsRows: true, headerLines: 1, total: null })).toEqual({
			rows: null,
			total: null,
			fraction: null
		});
	});

	it.each([
		['2300', 2300],
		['0', 0],
		[null, null],
		['', null],
		['-3', null],
		['12abc', null]
	])('reads X-Total-Rows %s as %s', (header, expected) => {
		expect(totalOf(header)).toBe(expected);
	});

	it.each([
		['attachment; filename="sahel-responses-2026-12-02.csv"', 'sahel-responses-2026-12-02.csv'],
		['Attachment;filename="a.xlsx"', 'a.xlsx'],
		['inline; filename="a.csv"', null],
		[null, null]
	])('takes the file name of %s', (header, expected) => {
		expect(attachmentName(header)).toBe(expected);
	});
});
