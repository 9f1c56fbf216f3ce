import { describe, expect, it } from 'vitest';
import { comparisonQuerySchema, readComparisonQuery } from '$lib/server/comparison/schema';

const parse = (search: string) => comparisonQuerySchema.safeParse(readComparisonQuery(new URLSearchParams(search)));
const ORGANISATION = 'abcdefghijklmnopqrstuvwx';

describe('the comparison page’s query string', () => {
	it.each([
		{
			search: '',
			expected: { indicator: 'KNW1', sort: 'effect', country: [], channel: [], year: [], organisation: [] }
		},
		{
			search: 'indicator=&sort=&channel=&year=&organisation=',
			expected: { indicator: 'KNW1', sort: 'effect', country: [], channel: [], year: [], organisation: [] }
		},
		{ search: 'country=SN&country=ml&country=SN', expected: { country: ['SN', 'ML'] } },
		{ search: 'country=SN,ML', expected: { country: ['SN', 'ML'] } },
		{
			search: 'indicator=RSK1&sort=date&channel=radio&year=2026',
			expected: { indicator: 'RSK1', sort: 'date', channel: ['radio'], year: [2026] }
		},
		{ search: `organisation=${ORGANISATION}`, expected: { organisation: [ORGANISATION] } }
	])('reads "$search"', ({ search, expected }) => {
		const parsed = parse(search);
		expect(parsed.success && parsed.data).toMatchObject(expected);
	});

	it.each([
		{ search: 'indicator=EXP0', message: 'errors.compare_indicator_invalid' },
		{ search: 'indicator=NOPE', message: 'errors.compare_indicator_invalid' },
		{ search: 'sort=random', message: 'errors.compare_sort_invalid' },
		{ search: 'country=XX', message: 'errors.compare_country_invalid' },
		{ search: 'country=Senegal', message: 'errors.compare_country_invalid' },
		{ search: 'channel=billboard', message: 'errors.compare_channel_invalid' },
		{ search: 'year=26', message: 'errors.compare_year_invalid' },
		{ search: 'year=1999', message: 'errors.compare_year_invalid' },
		{ search: 'organisation=1%27%20or%201=1', message: 'errors.compare_organisation_invalid' }
	])('refuses "$search" with $message', ({ search, message }) => {
		const parsed = parse(search);
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0].message).toBe(message);
	});
});
