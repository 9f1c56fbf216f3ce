import { describe, expect, it } from 'vitest';
import { readCsvLayout, readRepeat } from '$lib/server/exports/csv-response';

describe('readCsvLayout', () => {
	it.each([
		['', { separator: ',', optionColumns: false, labels: null, lineBreaks: 'keep' }],
		['?separator=comma&multiple=list', { separator: ',', optionColumns: false, labels: null, lineBreaks: 'keep' }],
		['?separator=semicolon', { separator: ';', optionColumns: false, labels: null, lineBreaks: 'keep' }],
		['?separator=%3B&multiple=columns', { separator: ';', optionColumns: true, labels: null, lineBreaks: 'keep' }],
		[
			'?separator=,&multiple=columns&labels=fr',
			{ separator: ',', optionColumns: true, labels: 'fr', lineBreaks: 'keep' }
		],
		['?labels=', { separator: ',', optionColumns: false, labels: null, lineBreaks: 'keep' }],
		['?breaks=space', { separator: ',', optionColumns: false, labels: null, lineBreaks: 'space' }]
	])('reads %s', (query, layout) => {
		expect(readCsvLayout(new URL(`http://localhost/x.csv${query}`))).toEqual(layout);
	});

	it.each([
		['?separator=tab', 'errors.csv_separator_unknown'],
		['?separator=toString', 'errors.csv_separator_unknown'],
		['?separator=__proto__', 'errors.csv_separator_unknown'],
		['?multiple=wide', 'errors.csv_multiple_unknown'],
		['?multiple=', 'errors.csv_multiple_unknown'],
		['?breaks=newline', 'errors.csv_breaks_unknown']
	])('refuses %s', (query, messageKey) => {
		expect(() => readCsvLayout(new URL(`http://localhost/x.csv${query}`))).toThrow(
			expect.objectContaining({ code: 'invalid', messageKey })
		);
	});
});

describe('readRepeat', () => {
	it.each([
		['', null],
		['?repeat=', null],
		['?repeat=members', 'members'],
		['?hxl=1&repeat=household_members', 'household_members']
	])('reads %s as %s', (query, repeat) => {
		expect(readRepeat(new URL(`http://localhost/x.csv${query}`))).toBe(repeat);
	});
});
