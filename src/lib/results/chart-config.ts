import type { ChartConfiguration } from 'chart.js';
import { formatNumber } from '$lib/i18n/format';
import type { LocaleInfo } from '$lib/i18n/types';
import type { IndicatorResult } from '$lib/indicators/types';
import type { ChartData, Series } from './chart-data';

/** Each group its colour; a later wave a darker shade of it. */
const COLOURS = {
	exposed: { baseline: '#7fb8aa', endline: '#0b5d4b', followup: '#05362b', all: '#0b5d4b' },
	comparison: { baseline: '#b7c2d0', endline: '#5b6f8a', followup: '#2f3d52', all: '#5b6f8a' }
} as const;

interface Labels {
	category: (category: string) => string;
	series: (series: Series) => string;
	axis: string;
	/** A value as the table writes it, for the tooltip: the estimate and its interval. */
	tooltip: (point: { y: number; yMin: number; yMax: number }) => string;
}

/**
 * Bars with their 95% whiskers. A missing point is an object without a value: the error-bar controller reads
 * every entry as an object, and Chart.js leaves a bar without a value undrawn.
 *
 * For a reader of a language written right to left the chart is mirrored as its text is: the categories (waves, a
 * dimension's levels, answers) read from the right, and so do the bars of each category and the legend; the values'
 * axis stands on the right. Its scale is vertical, from 0 up, in every language. Numbers are written in the reader's
 * language. The mirror is made by giving Chart.js the categories and the series in reverse (the legend, laid out from
 * the right, reverses the series back) rather than by reversing the category axis: with `reverse`, Chart.js keeps
 * room for a slanted label on the left of the first category, which is then on the right, and cuts the last one.
 */
export function barChartConfig(
	type: IndicatorResult['type'],
	data: ChartData,
	labels: Labels,
	reader: Pick<LocaleInfo, 'code' | 'dir'>
): ChartConfiguration {
	const rtl = reader.dir === 'rtl';
	const inOrder = <T>(list: readonly T[]): T[] => (rtl ? [...list].reverse() : [...list]);
	const ticks = { callback: (value: string | number) => formatNumber(Number(value), reader.code, 'number') };
	return {
		type: 'barWithErrorBars',
		data: {
			labels: inOrder(data.categories).map(labels.category),
			datasets: inOrder(data.series).map((series) => ({
				label: labels.series(series),
				// A low-precision cell's bar is paler (the table says so in words).
				backgroundColor: inOrder(series.lowPrecision).map(
					(low) => `${COLOURS[series.group][series.wave ?? 'all']}${low ? '70' : ''}`
				),
				data: inOrder(series.points).map((point) => point ?? { y: null, yMin: null, yMax: null })
			}))
		},
		options: {
			locale: reader.code,
			scales: {
				y: {
					position: rtl ? 'right' : 'left',
					ticks,
					title: { display: true, text: labels.axis },
					...(type === 'proportion' ? { min: 0, max: 100 } : { beginAtZero: true })
				}
			},
			plugins: {
				legend: { position: 'bottom', rtl, textDirection: reader.dir, reverse: rtl },
				tooltip: {
					rtl,
					textDirection: reader.dir,
					callbacks: {
						label: (item: { dataset: { label?: string }; raw: unknown }) => {
							const point = item.raw as { y: number | null; yMin: number; yMax: number };
							return point.y === null
								? ''
								: `${item.dataset.label ?? ''}: ${labels.tooltip(point as { y: number; yMin: number; yMax: number })}`;
						}
					}
				}
			}
		}
	} as unknown as ChartConfiguration;
}
