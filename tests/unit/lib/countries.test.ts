import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode, listCountries } from '$lib/countries';

describe('countries', () => {
	it('are the 249 codes of ISO 3166-1 alpha-2', () => {
		expect(COUNTRY_CODES).toHaveLength(249);
		expect(new Set(COUNTRY_CODES).size).toBe(249);
	});

	it.each([
		['SN', true],
		['GN', true],
		['SS', true],
		['EU', false],
		['UK', false],
		['XK', false],
		['sn', false]
	])('%s is a country code: %s', (code, expected) => {
		expect(isCountryCode(code)).toBe(expected);
	});

	it.each([
		['en', 'SN', 'Senegal'],
		['fr', 'SN', 'Sénégal'],
		['fr', 'GM', 'Gambie'],
		['ar', 'MA', 'المغرب']
	])('named in %s: %s is %s', (locale, code, name) => {
		expect(listCountries(locale).find((c) => c.code === code)?.name).toBe(name);
	});

	it('sorts by name in the language', () => {
		const names = listCountries('fr').map((c) => c.name);
		expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Espagne'));
	});
});
