import { describe, expect, it } from 'vitest';
import { readCsvLayout } from '$lib/server/exports/csv-response';

describe('readCsvLayout', () => {
	it.each([
		['', { separator: ',', optionColumns: false, labels: null }],
		['?separator=comma&multiple=list', { separator: ',', optionColumns: false, labels: null }],
		['?separator=semicolon', { separator: ';', optionColumns: false, labels: null }],
		['?separator=%3B&multiple=columns', { separator: ';', optionColumns: true, labels: null }],
		['?separator=,&multiple=columns&labels=fr', { separator: ',', optionColumns: true, labels: 'fr' }],
		['?labels=', { separator: ',', optionColumns: false, labels: null }]
	])('reads %s', (query, layout) => {
		expect(readCsvLayout(new URL(`http://localhost/x.csv${query}`))).toEqual(layout);
	});

	it.each([
		['?separator=tab', 'errors.csv_separator_unknown'],
		['?separator=toString', 'errors.csv_separator_unknown'],
		['?separator=__proto__', 'errors.csv_separator_unknown'],
		['?multiple=wide', 'errors.csv_multiple_unknown'],
		['?multiple=', 'errors.csv_multiple_unknown']
	])('refuses %s', (query, messageKey) => {
		expect(() => readCsvLayout(new URL(`http://localhost/x.csv${query}`))).toThrow(
			expect.objectContaining({ code: 'invalid', messageKey })
		);
	});
});
