import { describe, expect, it } from 'vitest';
import { messages as en } from '$lib/i18n/catalogues/en';
import { translate } from '$lib/i18n/translate';
import { findPluralBlocks } from '$lib/i18n/plural';
import type { MessageKey } from '$lib/i18n/types';

describe('translate', () => {
	it.each([
		['home.welcome', { name: 'Awa' }, 'Welcome, Awa'],
		['admin.users', { count: 3 }, 'Users (3)'],
		['home.welcome', {}, 'Welcome, {name}'],
		['no.such.key', {}, 'no.such.key']
	])('%s with %j', (key, params, expected) => {
		expect(translate(en, key as MessageKey, params)).toBe(expected);
	});

	it.each([
		['{a} and {b}', { a: 1, b: 'two' }, '1 and two'],
		['{a}{a}', { a: 'x' }, 'xx'],
		['a { b } c', { b: 'no' }, 'a { b } c'],
		['{a} left, {b} kept', { a: 'filled' }, 'filled left, {b} kept'],
		['zero {n}', { n: 0 }, 'zero 0']
	])('fills %j with %j, the same each time', (text, params, expected) => {
		const messages = { 'some.key': text } as unknown as typeof en;
		expect(translate(messages, 'some.key' as MessageKey, params)).toBe(expected);
		expect(translate(messages, 'some.key' as MessageKey, params)).toBe(expected);
	});
});

describe('values in a sentence', () => {
	const messages = { 'some.key': '{count} réponses pour {code}' } as unknown as typeof en;

	it('writes a number given as a number the way the language writes it, and a string as it is', () => {
		expect(translate(messages, 'some.key' as MessageKey, { count: 1234.5, code: 'Q1' }, 'fr')).toBe(
			'1\u202f234,5 réponses pour Q1'
		);
		expect(translate(messages, 'some.key' as MessageKey, { count: 1234.5, code: 'Q1' }, 'en')).toBe(
			'1,234.5 réponses pour Q1'
		);
		expect(translate(messages, 'some.key' as MessageKey, { count: '1503', code: 'Q1' }, 'en')).toBe(
			'1503 réponses pour Q1'
		);
	});

	it('isolates each value from the words around it when asked, for a page written right to left', () => {
		const arabic = { 'some.key': 'السؤال {code}: {count} إجابة' } as unknown as typeof en;
		expect(translate(arabic, 'some.key' as MessageKey, { code: 'heard_radio', count: 12 }, 'ar', true)).toBe(
			'السؤال \u2068heard_radio\u2069: \u206812\u2069 إجابة'
		);
		expect(translate(arabic, 'some.key' as MessageKey, { code: 'heard_radio', count: 12 }, 'ar')).toBe(
			'السؤال heard_radio: 12 إجابة'
		);
	});

	it('writes the number of a plural block the way the language writes it', () => {
		const block = { 'some.key': '{count, plural, one {# ligne} other {# lignes}}' } as unknown as typeof en;
		expect(translate(block, 'some.key' as MessageKey, { count: 12000 }, 'fr')).toBe('12\u202f000 lignes');
	});
});

describe('plural blocks', () => {
	const block = '{count, plural, =0 {nothing deleted} one {# response deleted} other {# responses deleted}}';
	const arabic = '{count, plural, zero {لا ردود} one {رد واحد} two {ردّان} few {# ردود} many {# ردًا} other {# رد}}';
	it.each([
		['en', block, 0, 'nothing deleted'],
		['en', block, 1, '1 response deleted'],
		['en', block, 2, '2 responses deleted'],
		['fr', '{count, plural, one {# réponse supprimée} other {# réponses supprimées}}', 1, '1 réponse supprimée'],
		['fr', '{count, plural, one {# réponse supprimée} other {# réponses supprimées}}', 0, '0 réponse supprimée'],
		['fr', '{count, plural, one {# réponse supprimée} other {# réponses supprimées}}', 2, '2 réponses supprimées'],
		['ar', arabic, 0, 'لا ردود'],
		['ar', arabic, 1, 'رد واحد'],
		['ar', arabic, 2, 'ردّان'],
		['ar', arabic, 3, '3 ردود'],
		['ar', arabic, 11, '11 ردًا'],
		['ar', arabic, 100, '100 رد'],
		['pt', '{count, plural, one {# linha} other {# linhas}}', 1, '1 linha'],
		['en', '{count, plural, one {# row} other {# rows}}', '1,234', '1,234 rows'],
		['pt', '{count, plural, one {# linha} other {# linhas}}', '1.234', '1.234 linhas'],
		['fr', '{count, plural, one {# ligne} other {# lignes}}', '1\u202f234', '1\u202f234 lignes'],
		['ar', '{count, plural, one {سطر واحد} two {سطران} few {# أسطر} many {# سطرًا} other {# سطر}}', '١١', '١١ سطرًا'],
		['ar', '{count, plural, one {نقطة} two {نقطتان} few {# نقاط} many {# نقطة} other {# نقطة}}', '+2.5', '+2.5 نقطة'],
		['en', '{count, plural, =0 {# rows: none} one {# row} other {# rows}}', 0, '0 rows: none']
	])('%s: %s with %j', (locale, text, count, expected) => {
		const messages = { 'some.key': text } as unknown as typeof en;
		expect(translate(messages, 'some.key' as MessageKey, { count }, locale)).toBe(expected);
	});

	it('fills the placeholders around and inside a block', () => {
		const messages = {
			'some.key': '{who}: {n, plural, one {# file in {where}} other {# files in {where}}}.'
		} as unknown as typeof en;
		expect(translate(messages, 'some.key' as MessageKey, { who: 'Awa', n: 3, where: 'Dakar' })).toBe(
			'Awa: 3 files in Dakar.'
		);
	});

	it.each([
		['{n, plural, one {# file}}', 'no “other” branch'],
		['{n, plural, one {# file} other {# files}', 'does not close'],
		['{n, plural, several {# files} other {# files}}', 'has no branch']
	])('refuses %s', (text, problem) => {
		expect(() => findPluralBlocks(text)).toThrow(problem);
	});
});
