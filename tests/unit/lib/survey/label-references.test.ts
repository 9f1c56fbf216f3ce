import { describe, expect, it } from 'vitest';
import { MOST_FILLED_ANSWER, MOST_FILLED_TEXT } from '$lib/survey/client/respondent.js';
import { fillReferences, listReferencedNames } from '$lib/survey/label-references';

describe('fillReferences', () => {
	const long = 'a'.repeat(10_000);
	it.each<[string, Record<string, string> | undefined, string]>([
		['Hello ${name}!', { name: 'Awa' }, 'Hello Awa!'],
		['${a} and ${b}', { a: '1' }, '1 and '],
		['No reference', undefined, 'No reference'],
		['${name}', undefined, ''],
		['${constructor} ${toString}', {}, ' '],
		['${ name }', { name: 'x' }, '${ name }'],
		['${long}.', { long }, `${'a'.repeat(MOST_FILLED_ANSWER)}….`]
	])('%j with %j gives %j', (text, values, filled) => {
		expect(fillReferences(text, values)).toBe(filled);
	});

	it('keeps a text naming a long answer many times short', () => {
		const filled = fillReferences('${s}'.repeat(500), { s: long });
		expect(filled.length).toBe(MOST_FILLED_TEXT + 1);
		expect(filled.endsWith('…')).toBe(true);
	});
});

describe('listReferencedNames', () => {
	it('lists each name once, across texts', () => {
		expect([...listReferencedNames(['${a} ${b}', null, '${a}', 'none'])]).toEqual(['a', 'b']);
	});
});
