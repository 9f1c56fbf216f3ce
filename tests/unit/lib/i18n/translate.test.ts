import { describe, expect, it } from 'vitest';
import { messages as en } from '../../../../src/lib/i18n/catalogues/en';
import { translate } from '../../../../src/lib/i18n/translate';
import type { MessageKey } from '../../../../src/lib/i18n/types';

describe('translate', () => {
	it.each([
		['home.welcome', { name: 'Awa' }, 'Welcome, Awa'],
		['admin.users', { count: 3 }, 'Users (3)'],
		['home.welcome', {}, 'Welcome, {name}'],
		['no.such.key', {}, 'no.such.key']
	])('%s with %j', (key, params, expected) => {
		expect(translate(en, key as MessageKey, params)).toBe(expected);
	});
});
