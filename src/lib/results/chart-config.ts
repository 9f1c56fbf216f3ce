import type { ChartConfiguration } from 'chart.js';
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
 */
export function barChartConfig(type: IndicatorResult['type'], data: ChartData, labels: Labels): ChartConfiguration {
	return {
		type: 'barWithErrorBars',
		data: {
			labels: data.categories.map(labels.category),
			datasets: data.series.map((series) => ({
				label: labels.series(series),
				// A low-precision cell's bar is paler (the table says so in words).
				backgroundColor: series.lowPrecision.map(
					(low) => `${COLOURS[series.group][series.wave ?? 'all']}${low ? '70' : ''}`
				),
				data: series.points.map((point) => point ?? { y: null, yMin: null, yMax: null })
			}))
		},
		options: {
			scales: {
				y:
					type === 'proportion'
						? { min: 0, max: 100, title: { display: true, text: labels.axis } }
						: { beginAtZero: true, title: { display: true, text: labels.axis } }
			},
			plugins: {
				legend: { position: 'bottom' },
				tooltip: {
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
