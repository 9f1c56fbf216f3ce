import { describe, expect, it } from 'vitest';
import { cutToBytes, splitToBytes, toOneLine } from '$lib/server/exports/syntax-text';
import { nameVariables, SPSS_NAMES, STATA_NAMES } from '$lib/server/exports/variable-names';

describe('variable names for SPSS and Stata', () => {
	it.each([
		['a valid name stays', ['client_id', 'D1'], ['client_id', 'D1'], ['client_id', 'D1']],
		['an option column', ['E2/radio'], ['E2_radio'], ['E2_radio']],
		['a dot: SPSS keeps it, Stata does not', ['q.1'], ['q.1'], ['q_1']],
		['a name beginning with a digit or _', ['1st', '_x'], ['v1st', 'v_x'], ['v1st', 'v_x']],
		['a reserved word', ['with', 'to', 'in'], ['with_2', 'to_2', 'in'], ['with_2', 'to', 'in_2']],
		['a name taken', ['E2_radio', 'E2/radio'], ['E2_radio', 'E2_radio_2'], ['E2_radio', 'E2_radio_2']],
		['case: one name to SPSS, two to Stata', ['d1', 'D1'], ['d1', 'D1_2'], ['d1', 'D1']],
		['letters outside ASCII', ['répondu'], ['r_pondu'], ['r_pondu']],
		['a trailing dot', ['q.'], ['q'], ['q_']],
		[
			'a command at the start of a line',
			['comment', 'doc', 'comments'],
			['comment_2', 'doc_2', 'comments'],
			['comment', 'doc', 'comments']
		]
	])('%s', (_, columns, spss, stata) => {
		expect(nameVariables(columns, SPSS_NAMES)).toEqual(spss);
		expect(nameVariables(columns, STATA_NAMES)).toEqual(stata);
	});

	it('cuts long names to the longest each takes, and keeps them apart', () => {
		const long = 'a'.repeat(70);
		expect(nameVariables([long, long], SPSS_NAMES)).toEqual(['a'.repeat(64), `${'a'.repeat(62)}_2`]);
		expect(nameVariables([long, long], STATA_NAMES)).toEqual(['a'.repeat(32), `${'a'.repeat(30)}_2`]);
	});
});

describe('labels in syntax files', () => {
	it.each([
		['line breaks and tabs', 'one\r\ntwo\tthree', 'one two three'],
		['spaces around', '  padded  ', 'padded']
	])('%s on one line', (_, text, line) => expect(toOneLine(text)).toBe(line));

	it.each([
		['ASCII', 'abcdef', 4, 'abcd'],
		['never half a character', 'éé', 3, 'é'],
		['short enough', 'é', 2, 'é']
	])('cut to bytes: %s', (_, text, bytes, cut) => expect(cutToBytes(text, bytes)).toBe(cut));

	it('splits into pieces of whole characters that make the text again', () => {
		const text = 'Quelle émission « FM » avez-vous écoutée ?';
		const pieces = splitToBytes(text, 7);
		expect(pieces.join('')).toBe(text);
		for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(7);
	});
});
