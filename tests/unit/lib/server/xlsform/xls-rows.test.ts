import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { MOST_TEXT_CHARACTERS, readXls } from '$lib/server/xlsform/xls-rows';

/** An .xls whose survey sheet holds `rows` rows of `text`, kept once in the file's table of shared strings. */
function buildXls(rows: number, text: string): Uint8Array {
	const workbook = utils.book_new();
	const survey = utils.aoa_to_sheet([
		['type', 'name', 'label'],
		...Array.from({ length: rows }, (_, i) => ['text', `q${i}`, text])
	]);
	utils.book_append_sheet(workbook, survey, 'survey');
	return new Uint8Array(write(workbook, { type: 'array', bookType: 'biff8', bookSST: true }) as ArrayBuffer);
}

describe('readXls', () => {
	it('reads the sheets of an .xls written with shared strings', () => {
		const read = readXls(buildXls(3, 'Where did you hear it?'));
		if (!read.ok) throw new Error(read.error);
		expect(read.sheets.survey?.map((row) => row.texts.map(([, text]) => text))).toEqual([
			['type', 'name', 'label'],
			['text', 'q0', 'Where did you hear it?'],
			['text', 'q1', 'Where did you hear it?'],
			['text', 'q2', 'Where did you hear it?']
		]);
	});

	it('refuses a small file whose shared text, once in every cell, would pass the most it reads', () => {
		const text = 'x'.repeat(4000);
		const bytes = buildXls(Math.ceil(MOST_TEXT_CHARACTERS / text.length) + 10, text);
		expect(bytes.byteLength).toBeLessThan(5 * 1024 * 1024);
		expect(readXls(bytes)).toEqual({ ok: false, error: 'too_large' });
	});
});
