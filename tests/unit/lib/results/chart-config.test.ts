import { describe, expect, it } from 'vitest';
import { barChartConfig } from '$lib/results/chart-config';
import type { ChartData } from '$lib/results/chart-data';

const DATA: ChartData = {
	categories: ['baseline', 'endline'],
	series: [
		{ wave: null, group: 'exposed', points: [{ y: 40, yMin: 35, yMax: 45 }, null], lowPrecision: [false, false] },
		{
			wave: null,
			group: 'comparison',
			points: [
				{ y: 38, yMin: 33, yMax: 43 },
				{ y: 41, yMin: 36, yMax: 46 }
			],
			lowPrecision: [false, true]
		}
	]
};
const LABELS = {
	category: (category: string) => category,
	series: (series: { group: string }) => series.group,
	axis: 'Share (%)',
	tooltip: ({ y }: { y: number }) => String(y)
};

type Options = {
	locale: string;
	scales: {
		y: { position: string; min?: number; max?: number; ticks: { callback: (value: number) => string } };
	};
	plugins: {
		legend: { rtl: boolean; textDirection: string; reverse: boolean };
		tooltip: { rtl: boolean; textDirection: string };
	};
};

describe('a bar chart in the reader’s direction', () => {
	it('reads from the left in French: categories and series in their order, values on the left', () => {
		const config = barChartConfig('proportion', DATA, LABELS, { code: 'fr', dir: 'ltr' });
		const options = config.options as unknown as Options;
		expect(config.data.labels).toEqual(['baseline', 'endline']);
		expect(config.data.datasets.map((dataset) => dataset.label)).toEqual(['exposed', 'comparison']);
		expect(options.scales.y).toMatchObject({ position: 'left', min: 0, max: 100 });
		expect(options.plugins.legend).toMatchObject({ rtl: false, textDirection: 'ltr', reverse: false });
		expect(options.plugins.tooltip).toMatchObject({ rtl: false, textDirection: 'ltr' });
		// Numbers as French writes them.
		expect(options.locale).toBe('fr');
		expect(options.scales.y.ticks.callback(12.5)).toBe('12,5');
	});

	it('reads from the right in Arabic: categories, each category’s bars and the legend mirrored, values on the right', () => {
		const config = barChartConfig('proportion', DATA, LABELS, { code: 'ar', dir: 'rtl' });
		const options = config.options as unknown as Options;
		// Chart.js draws from the left what it is given first: the first category is given last, and so is the first
		// series (the bars of a category); the legend, laid out from the right, reverses the series back.
		expect(config.data.labels).toEqual(['endline', 'baseline']);
		expect(config.data.datasets.map((dataset) => dataset.label)).toEqual(['comparison', 'exposed']);
		expect(options.plugins.legend).toMatchObject({ rtl: true, textDirection: 'rtl', reverse: true });
		expect(options.plugins.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
		// The values' scale still rises from 0 at the bottom; only its axis moves to the right.
		expect(options.scales.y).toMatchObject({ position: 'right', min: 0, max: 100 });
		// Each series' points and shades follow their categories.
		const exposed = config.data.datasets[1] as unknown as { data: unknown[] };
		expect(exposed.data).toEqual([
			{ y: null, yMin: null, yMax: null },
			{ y: 40, yMin: 35, yMax: 45 }
		]);
		const comparison = config.data.datasets[0] as unknown as { backgroundColor: string[] };
		expect(comparison.backgroundColor).toEqual(['#5b6f8a70', '#5b6f8a']);
		expect(options.locale).toBe('ar');
	});
});
