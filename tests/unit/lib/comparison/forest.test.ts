import { describe, expect, it } from 'vitest';
import { fitLines, forestConfig, shorten, toAxis } from '$lib/comparison/forest';
import { heterogeneityKey } from '$lib/comparison/heterogeneity';
import type { ComparisonRow, PooledRow } from '$lib/comparison/types';

const row = (id: string, value: number, ciLow: number, ciHigh: number): ComparisonRow => ({
	design: 'simple',
	id,
	title: `Campaign ${id}`,
	countries: ['SN'],
	organisation: 'NGO',
	startDate: '2026-01-01',
	endDate: '2026-06-30',
	n: 200,
	value,
	ciLow,
	ciHigh,
	pValue: 0.01,
	weight: null,
	impact: null
});

const POOLED: PooledRow = { k: 2, value: 0.1, ciLow: 0.05, ciHigh: 0.15, pValue: 0.001, i2: 0.3 };
const READER = { code: 'en', dir: 'ltr' } as const;
const labels = {
	row: (entry: ComparisonRow, position: number) => `${position}. ${entry.title}`,
	pooled: 'Pooled',
	axis: 'Change'
};

type Point = { x: number; xMin: number; xMax: number; y: string };
const pointsOf = (config: ReturnType<typeof forestConfig>) =>
	config.data.datasets.map((dataset) => dataset.data as Point[]);

describe('the forest plot', () => {
	it.each([
		{
			name: 'campaigns and the pool',
			rows: [row('a', 0.08, 0.03, 0.13), row('b', 0.12, 0.02, 0.22)],
			pooled: POOLED,
			drawn: [2, 1]
		},
		{ name: 'one campaign, no pool', rows: [row('a', 0.08, 0.03, 0.13)], pooled: null, drawn: [1] },
		{ name: 'nothing to draw', rows: [], pooled: null, drawn: [0] }
	])('draws a row per campaign and the pool apart: $name', ({ rows, pooled, drawn }) => {
		const config = forestConfig(rows, pooled, 'proportion', labels, READER);
		expect(pointsOf(config).map((points) => points.length)).toEqual(drawn);
		const axis = config.options?.scales?.y as { labels: string[] };
		expect(axis.labels).toEqual([...rows.map((entry, i) => `${i + 1}. ${entry.title}`), ...(pooled ? ['Pooled'] : [])]);
	});

	it('puts proportions in points and means in their units, whiskers at the interval', () => {
		const [proportion] = pointsOf(forestConfig([row('a', 0.08, 0.03, 0.13)], null, 'proportion', labels, READER))[0];
		expect(proportion).toEqual({ y: '1. Campaign a', x: 8, xMin: 3, xMax: 13 });
		const [mean] = pointsOf(forestConfig([row('a', 0.25, -0.1, 0.6)], null, 'mean', labels, READER))[0];
		expect(mean).toEqual({ y: '1. Campaign a', x: 0.25, xMin: -0.1, xMax: 0.6 });
	});

	it('draws the pool as a diamond on its own last row', () => {
		const config = forestConfig(
			[row('a', 0.08, 0.03, 0.13), row('b', 0.12, 0.02, 0.22)],
			POOLED,
			'proportion',
			labels,
			READER
		);
		const pool = config.data.datasets[1] as { pointStyle?: string; data: Point[] };
		expect(pool.pointStyle).toBe('rectRot');
		expect(pool.data).toEqual([{ y: 'Pooled', x: 10, xMin: 5, xMax: 15 }]);
	});

	it.each([
		[0.0803, 8.03],
		[-0.123456, -12.35],
		[0.5, 50]
	])('puts the share %s at %s points', (value, expected) => {
		expect(toAxis(value, 'proportion')).toBeCloseTo(expected, 10);
	});
});

describe('the forest plot in the reader’s direction', () => {
	type Options = {
		locale: string;
		layout: { padding: Record<string, number> };
		scales: {
			y: { position: string };
			x: { reverse: boolean; ticks: { callback: (value: number) => string } };
		};
		plugins: { tooltip: { rtl: boolean; textDirection: string } };
	};
	const optionsOf = (reader: { code: string; dir: 'ltr' | 'rtl' }) =>
		forestConfig([row('a', 0.08, 0.03, 0.13)], POOLED, 'proportion', labels, reader).options as unknown as Options;

	it('names the rows on the left in French, and writes the axis’s numbers as French does', () => {
		const options = optionsOf({ code: 'fr', dir: 'ltr' });
		expect(options.scales.y.position).toBe('left');
		expect(options.layout.padding).toEqual({ left: 4 });
		expect(options.plugins.tooltip).toEqual({ rtl: false, textDirection: 'ltr' });
		expect(options.scales.x.ticks.callback(-2.5)).toBe('-2,5');
	});

	it('names the rows on the right in Arabic, and keeps the change’s axis rising from left to right', () => {
		const options = optionsOf({ code: 'ar', dir: 'rtl' });
		expect(options.scales.y.position).toBe('right');
		expect(options.layout.padding).toEqual({ right: 4 });
		expect(options.plugins.tooltip).toEqual({ rtl: true, textDirection: 'rtl' });
		expect(options.scales.x.reverse).toBe(false);
		expect(options.locale).toBe('ar');
	});
});

describe('how much the campaigns differ, in words', () => {
	it.each([
		[0, 'compare.heterogeneity.low'],
		[0.24, 'compare.heterogeneity.low'],
		[0.25, 'compare.heterogeneity.moderate'],
		[0.5, 'compare.heterogeneity.substantial'],
		[0.75, 'compare.heterogeneity.high'],
		[0.96, 'compare.heterogeneity.high']
	])('I² %s: %s', (i2, key) => {
		expect(heterogeneityKey(i2)).toBe(key);
	});
});

describe('a row label too long for the chart', () => {
	it.each([
		['Short', 10, 'Short'],
		['Exactly ten', 11, 'Exactly ten'],
		['La mer ne pardonne pas', 10, 'La mer ne…'],
		['Trailing space here', 9, 'Trailing…'],
		// Isolation marks take no room, and one the cut leaves open is closed.
		['1. \u2068SN\u2069 \u2068Mer\u2069', 10, '1. \u2068SN\u2069 \u2068Mer\u2069'],
		['1. \u2068SN\u2069 \u2068La mer ne pardonne\u2069', 10, '1. \u2068SN\u2069 \u2068La…\u2069']
	])('%s in %i characters: %s', (text, length, expected) => {
		expect(shorten(text, length)).toBe(expected);
	});
});

describe('a row label on a narrow chart', () => {
	it.each([
		['1. SN (n = 640) La mer', 22, ['1. SN (n = 640) La mer']],
		['1. SN (n = 640) La mer ne pardonne pas', 20, ['1. SN (n = 640) La', 'mer ne pardonne pas']],
		['1. SN (n = 640) La mer ne pardonne pas — radio drama', 20, ['1. SN (n = 640) La', 'mer ne pardonne pas…']],
		['Tambacounda-Kédougou-Kolda', 12, ['Tambacounda…']]
	])('%s in lines of %i: %j', (text, length, expected) => {
		expect(fitLines(text, length)).toEqual(expected);
	});

	it('closes a value isolated across the break, and opens it again on the next line', () => {
		expect(fitLines('1. \u2068SN\u2069 \u2068La mer ne pardonne\u2069', 10)).toEqual([
			'1. \u2068SN\u2069 \u2068La\u2069',
			'\u2068mer ne pa…\u2069'
		]);
	});
});
