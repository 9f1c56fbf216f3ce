import { describe, expect, it } from 'vitest';
import { INDICATORS } from '$lib/core-module';
import { DIMENSIONS, type Dimension } from '$lib/indicators';
import { indicatorOffset, rollUp, SUMS_LAYOUT, type LevelledSums } from '$lib/indicators/rollup';

const KNW1 = INDICATORS.findIndex((indicator) => indicator.id === 'KNW1');

function levelled(
	wave: 'baseline' | 'endline',
	levels: Partial<Record<Dimension, string>>,
	respondents: number,
	knowing: number
): LevelledSums {
	const values = new Float64Array(SUMS_LAYOUT.length);
	values[SUMS_LAYOUT.respondents] = respondents;
	values[SUMS_LAYOUT.quick] = 1;
	values.set([respondents, knowing, knowing], indicatorOffset(KNW1));
	const all = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, levels[dimension] ?? null])) as Record<
		Dimension,
		string | null
	>;
	return { wave, group: 'exposed', levels: all, values };
}

const FINEST = [
	levelled('baseline', { sex: 'female', region: 'north' }, 10, 4),
	levelled('baseline', { sex: 'female', region: 'south' }, 20, 5),
	levelled('baseline', { sex: 'male', region: 'north' }, 30, 6),
	levelled('baseline', { region: 'north' }, 5, 1),
	levelled('endline', { sex: 'male' }, 7, 7)
];

describe('rolling the finest sums up', () => {
	it.each([
		{
			dimension: null,
			expected: [
				['baseline', null, 65, 16],
				['endline', null, 7, 7]
			]
		},
		{
			dimension: 'sex',
			expected: [
				['baseline', 'female', 30, 9],
				['baseline', 'male', 30, 6],
				['endline', 'male', 7, 7],
				['baseline', null, 5, 1]
			]
		},
		{
			dimension: 'region',
			expected: [
				['baseline', 'north', 45, 11],
				['baseline', 'south', 20, 5],
				['endline', null, 7, 7]
			]
		},
		{
			dimension: 'education',
			expected: [
				['baseline', null, 65, 16],
				['endline', null, 7, 7]
			]
		}
	] as const)('by $dimension', ({ dimension, expected }) => {
		const cells = rollUp(FINEST, dimension);
		expect(cells.map((cell) => [cell.wave, cell.level, cell.respondents, cell.indicators.KNW1.sum])).toEqual(expected);
		for (const cell of cells) {
			expect(cell.indicators.KNW1.n).toBe(cell.respondents);
			expect(cell.indicators.KNW1.sumSquares).toBe(cell.indicators.KNW1.sum);
			expect(cell.indicators.RSK1).toEqual({ n: 0, sum: 0, sumSquares: 0 });
		}
	});

	it('leaves the finest sums as they were', () => {
		const before = FINEST.map((sums) => [...sums.values]);
		rollUp(FINEST, null);
		expect(FINEST.map((sums) => [...sums.values])).toEqual(before);
	});

	it('has no cell without sums', () => {
		expect(rollUp([], 'sex')).toEqual([]);
	});
});
