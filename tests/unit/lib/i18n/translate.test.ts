import { describe, expect, it } from 'vitest';
import { messages as en } from '$lib/i18n/catalogues/en';
import { translate } from '$lib/i18n/translate';
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
