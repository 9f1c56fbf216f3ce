import type { ChartConfiguration, Scale } from 'chart.js';
import { formatNumber } from '$lib/i18n/format';
import type { LocaleInfo } from '$lib/i18n/types';
import type { ComparisonRow, PooledRow } from './types';

const INK = '#1d2428';
const BRAND = '#0b5d4b';
const POOLED = '#a4262c';
const GRID = '#e3e8e6';

export interface ForestLabels {
	/** A row's label on the y axis; the position makes each unique, as a category axis needs. */
	row: (row: ComparisonRow, position: number) => string;
	pooled: string;
	axis: string;
}

/** The x value of a change: proportions in percentage points, means in their own units. */
export function toAxis(value: number, type: 'proportion' | 'mean'): number {
	return type === 'proportion' ? Math.round(value * 10_000) / 100 : value;
}

/**
 * A horizontal forest plot: a point and 95% whiskers per campaign, one row each in the order given, and the
 * random-effects pool as a last row apart (a diamond of another colour), with a stronger grid line at zero.
 * Only campaigns with a change are given; the pool only when there is one.
 *
 * For a reader of a language written right to left, the rows' names stand on the right, where their lines start, and
 * the tooltip reads right to left; numbers are written in the reader's language.
 */
export function forestConfig(
	rows: readonly ComparisonRow[],
	pooled: PooledRow | null,
	type: 'proportion' | 'mean',
	labels: ForestLabels,
	reader: Pick<LocaleInfo, 'code' | 'dir'>
): ChartConfiguration {
	const rtl = reader.dir === 'rtl';
	const point = (y: string, value: number, low: number, high: number) => ({
		y,
		x: toAxis(value, type),
		xMin: toAxis(low, type),
		xMax: toAxis(high, type)
	});
	const rowLabels = rows.map((row, index) => labels.row(row, index + 1));
	const campaigns = rows.map((row, index) => point(rowLabels[index], row.value, row.ciLow, row.ciHigh));
	const pool = pooled ? [point(labels.pooled, pooled.value, pooled.ciLow, pooled.ciHigh)] : [];
	return {
		type: 'scatterWithErrorBars',
		data: {
			// The error-bar point is its own element type: its options are unprefixed (radius, not pointRadius).
			datasets: [
				{
					label: labels.axis,
					data: campaigns,
					backgroundColor: BRAND,
					borderColor: BRAND,
					radius: 5,
					errorBarColor: BRAND,
					errorBarWhiskerColor: BRAND
				},
				...(pooled
					? [
							{
								label: labels.pooled,
								data: pool,
								backgroundColor: POOLED,
								borderColor: POOLED,
								pointStyle: 'rectRot' as const,
								radius: 10,
								errorBarColor: POOLED,
								errorBarWhiskerColor: POOLED,
								errorBarLineWidth: 2
							}
						]
					: [])
			]
		},
		options: {
			locale: reader.code,
			// A little room between the rows' names and the edge of the canvas they start from.
			layout: { padding: rtl ? { right: 4 } : { left: 4 } },
			plugins: { legend: { display: false }, tooltip: { rtl, textDirection: reader.dir } },
			scales: {
				y: {
					type: 'category',
					position: rtl ? 'right' : 'left',
					labels: [...rowLabels, ...(pooled ? [labels.pooled] : [])],
					offset: true,
					grid: { display: false },
					ticks: { color: INK, autoSkip: false, callback: fitLabel }
				},
				x: {
					type: 'linear',
					// Not mirrored in Arabic: a change is read on a number line, a fall left of zero and a rise right of
					// it, as Arabic texts of statistics draw it too; mirrored, a campaign that lowered a share would seem to
					// have raised it to anyone reading the axis as usual.
					reverse: false,
					// Zero always in sight: the whiskers are read against it.
					suggestedMin: 0,
					suggestedMax: 0,
					grace: '5%',
					title: { display: true, text: labels.axis, color: INK },
					ticks: {
						color: INK,
						callback: (value: string | number) => formatNumber(Number(value), reader.code, 'number')
					},
					grid: {
						color: (context) => (context.tick?.value === 0 ? INK : GRID),
						lineWidth: (context) => (context.tick?.value === 0 ? 2 : 1)
					}
				}
			}
		}
	} as ChartConfiguration;
}

/**
 * A row's label on at most two lines of what the chart's width leaves it (a third or so), so that a phone still has
 * room for the whiskers: on a phone the campaign's title goes under its number and country rather than being cut.
 */
function fitLabel(this: Scale, value: string | number): string | string[] {
	const lines = fitLines(this.getLabelForValue(Number(value)), Math.max(12, Math.floor(this.chart.width / 16)));
	return lines.length === 1 ? lines[0] : lines;
}

/**
 * A text in lines of `length` characters at most, at most `count` of them: broken at spaces, the last line cut with
 * an ellipsis. A value isolated across a break (bidi.ts) is closed at the end of its first line and opened again on
 * the next, each line being drawn on its own.
 */
export function fitLines(text: string, length: number, count = 2): string[] {
	const lines: string[] = [];
	let rest = text;
	while (lines.length < count - 1 && visibleLength(rest) > length) {
		const at = breakBefore(rest, length);
		if (at === -1) break;
		const line = rest.slice(0, at);
		const open = openIsolates(line);
		lines.push(`${line.trimEnd()}${PDI.repeat(open)}`);
		rest = `${FSI.repeat(open)}${rest.slice(at + 1).trimStart()}`;
	}
	lines.push(shorten(rest, length));
	return lines;
}

const visibleLength = (text: string): number => [...text].filter((character) => !ISOLATION.includes(character)).length;

/** The index of the last space that leaves at most `length` visible characters before it; -1 if none. */
function breakBefore(text: string, length: number): number {
	let visible = 0;
	let found = -1;
	for (let i = 0; i < text.length && visible <= length; i++) {
		if (text[i] === ' ' && visible > 0) found = i;
		if (!ISOLATION.includes(text[i])) visible++;
	}
	return found;
}

function openIsolates(text: string): number {
	let open = 0;
	for (const character of text)
		if (ISOLATION.includes(character)) open = Math.max(0, open + (character === PDI ? -1 : 1));
	return open;
}

/**
 * A text cut to `length` characters, an ellipsis the last. The marks that isolate a value in a sentence written right
 * to left (bidi.ts) take no room and are not counted; those the cut leaves open are closed after the ellipsis.
 */
export function shorten(text: string, length: number): string {
	const shown = [...text].filter((character) => !ISOLATION.includes(character)).length;
	if (shown <= length) return text;
	let kept = '';
	let count = 0;
	let open = 0;
	for (const character of text) {
		if (ISOLATION.includes(character)) {
			open += character === PDI ? -1 : 1;
			kept += character;
			continue;
		}
		if (count === length - 1) break;
		kept += character;
		count++;
	}
	return `${kept.trimEnd()}…${PDI.repeat(Math.max(0, open))}`;
}

const FSI = '\u2068';
const PDI = '\u2069';
/** First strong, left-to-right and right-to-left isolates, and their end. */
const ISOLATION = ['\u2066', '\u2067', '\u2068', PDI];

/** Rows of a chart tall enough for its labels: about two lines a row. */
export function forestHeight(rowCount: number): string {
	return `${Math.max(8, 3 + rowCount * 2.4)}rem`;
}
