import { describe, expect, it } from 'vitest';
import type { CellResult, Group, LevelResult, Wave } from '$lib/indicators/types';
import { countPoints, countSuppressed, levelChart, overallChart, scaleValue, toPoint } from '$lib/results/chart-data';

function cell(wave: Wave, group: Group, n: number | null, value: number | null, spread = 0.05): CellResult {
	const suppressed = value === null;
	return {
		wave,
		group,
		n,
		value,
		ciLow: value === null ? null : value - spread,
		ciHigh: value === null ? null : value + spread,
		se: value === null ? null : spread / 1.96,
		deff: value === null ? null : 1,
		effectiveN: value === null ? null : n,
		suppressed,
		complementary: false,
		lowPrecision: !suppressed && n !== null && n < 50
	};
}

describe('a cell as a chart point', () => {
	it.each([
		{
			name: 'a share as a percent',
			type: 'proportion' as const,
			cell: cell('baseline', 'exposed', 300, 0.4),
			expected: { y: 40, yMin: 35, yMax: 45 }
		},
		{
			name: 'a mean on its own scale',
			type: 'mean' as const,
			cell: cell('endline', 'exposed', 300, 3.2, 0.25),
			expected: { y: 3.2, yMin: 2.95, yMax: 3.45 }
		},
		{
			name: 'a suppressed cell as no point, not zero',
			type: 'proportion' as const,
			cell: cell('endline', 'comparison', 18, null),
			expected: null
		},
		{ name: 'a missing cell as no point', type: 'mean' as const, cell: undefined, expected: null }
	])('$name', ({ type, cell, expected }) => {
		const point = toPoint(type, cell);
		if (expected === null) expect(point).toBeNull();
		else {
			expect(point!.y).toBeCloseTo(expected.y, 10);
			expect(point!.yMin).toBeCloseTo(expected.yMin, 10);
			expect(point!.yMax).toBeCloseTo(expected.yMax, 10);
		}
	});

	it.each([
		['proportion', 0.125, 12.5],
		['proportion', 0, 0],
		['mean', 4.5, 4.5]
	] as const)('scales a %s of %s to %s', (type, value, expected) => {
		expect(scaleValue(type, value)).toBeCloseTo(expected, 10);
	});
});

describe('the chart of all respondents', () => {
	it.each([
		{
			name: 'two waves of two groups, every cell shown',
			cells: [
				cell('baseline', 'exposed', 300, 0.4),
				cell('baseline', 'comparison', 300, 0.41),
				cell('endline', 'exposed', 300, 0.6),
				cell('endline', 'comparison', 300, 0.42)
			],
			categories: ['baseline', 'endline'],
			groups: ['exposed', 'comparison'],
			points: 4,
			suppressed: 0
		},
		{
			name: 'one group, a follow-up, the endline suppressed',
			cells: [
				cell('baseline', 'exposed', 60, 0.4),
				cell('endline', 'exposed', 18, null),
				cell('followup', 'exposed', 40, 0.5)
			],
			categories: ['baseline', 'endline', 'followup'],
			groups: ['exposed'],
			points: 2,
			suppressed: 1
		},
		{ name: 'no responses yet', cells: [], categories: [], groups: [], points: 0, suppressed: 0 },
		{
			name: 'every cell suppressed',
			cells: [cell('baseline', 'exposed', 18, null), cell('endline', 'exposed', 18, null)],
			categories: ['baseline', 'endline'],
			groups: ['exposed'],
			points: 0,
			suppressed: 2
		}
	])('$name', ({ cells, categories, groups, points, suppressed }) => {
		const data = overallChart({ type: 'proportion', cells });
		expect(data.categories).toEqual(categories);
		expect(data.series.map((series) => series.group)).toEqual(groups);
		for (const series of data.series) expect(series.points).toHaveLength(categories.length);
		expect(countPoints(data)).toBe(points);
		expect(countSuppressed(cells)).toBe(suppressed);
	});

	it('keeps a suppressed cell’s place as null, between the points shown, and marks low precision', () => {
		const data = overallChart({
			type: 'proportion',
			cells: [
				cell('baseline', 'exposed', 300, 0.4),
				cell('endline', 'exposed', 18, null),
				cell('followup', 'exposed', 40, 0.5)
			]
		});
		expect(data.series[0].points.map((point) => point && Math.round(point.y))).toEqual([40, null, 50]);
		expect(data.series[0].lowPrecision).toEqual([false, false, true]);
	});
});

describe('the chart of a dimension’s levels', () => {
	const levels: LevelResult[] = [
		{
			level: 'female',
			cells: [cell('baseline', 'exposed', 150, 0.3), cell('endline', 'exposed', 150, 0.5)],
			changes: [],
			impact: null
		},
		{
			level: 'male',
			cells: [cell('baseline', 'exposed', 140, 0.35), cell('endline', 'exposed', 20, null)],
			changes: [],
			impact: null
		},
		{ level: 'other_or_dk', cells: [cell('baseline', 'exposed', 4, null)], changes: [], impact: null }
	];

	it('puts the levels on the x axis, a dataset per wave and group found, a point per cell shown', () => {
		const data = levelChart('proportion', levels);
		expect(data.categories).toEqual(['female', 'male', 'other_or_dk']);
		expect(data.series.map((series) => `${series.wave}:${series.group}`)).toEqual([
			'baseline:exposed',
			'endline:exposed'
		]);
		expect(data.series.map((series) => series.points.map((point) => point && Math.round(point.y)))).toEqual([
			[30, 35, null],
			[50, null, null]
		]);
		expect(countPoints(data)).toBe(3);
		expect(countSuppressed(levels.flatMap((level) => level.cells))).toBe(2);
	});

	it('has no dataset and no point without levels', () => {
		const data = levelChart('mean', []);
		expect(data).toEqual({ categories: [], series: [] });
		expect(countPoints(data)).toBe(0);
	});
});
