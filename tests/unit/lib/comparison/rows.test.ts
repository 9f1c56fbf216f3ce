import { describe, expect, it } from 'vitest';
import { sortRows } from '$lib/comparison/rows';
import type { ComparisonRow, Sort } from '$lib/comparison/types';

const row = (id: string, title: string, countries: string[], startDate: string, value: number): ComparisonRow => ({
	design: 'simple',
	id,
	title,
	countries,
	organisation: 'NGO',
	startDate,
	endDate: '2026-12-31',
	n: 100,
	value,
	ciLow: value - 0.1,
	ciHigh: value + 0.1,
	pValue: 0.01,
	weight: 0.25,
	impact: null
});

const ROWS = [
	row('b', 'Bravo', ['SN'], '2026-03-01', 0.1),
	row('a', 'Alpha', ['ML'], '2026-05-01', 0.3),
	row('c', 'Charlie', ['SN'], '2026-01-01', -0.05),
	row('d', 'Delta', ['CI'], '2026-03-01', 0.1)
];

describe('ordering the campaigns compared', () => {
	it.each<{ sort: Sort; ids: string[] }>([
		{ sort: 'effect', ids: ['a', 'b', 'd', 'c'] },
		{ sort: 'country', ids: ['d', 'a', 'b', 'c'] },
		{ sort: 'date', ids: ['c', 'b', 'd', 'a'] }
	])('by $sort (ties by title)', ({ sort, ids }) => {
		expect(sortRows(ROWS, sort, 'en').map((entry) => entry.id)).toEqual(ids);
	});

	it('leaves the rows given as they were', () => {
		const before = ROWS.map((entry) => entry.id);
		sortRows(ROWS, 'effect', 'en');
		expect(ROWS.map((entry) => entry.id)).toEqual(before);
	});
});
