import { INDICATORS } from '../../core-module';
import { DIMENSIONS } from '../../indicators/dimensions';
import { scoreColumnOf } from './response-columns';

/** The columns of `indicator_sums` that identify a row: the cell and a level of every dimension. */
export const SUM_KEYS = ['campaign_id', 'wave', 'group_name', ...DIMENSIONS] as const;

/** Each indicator's columns there, in the order of INDICATORS: its count, its sum and, for a mean, its sum of squares. */
export const SUM_COLUMNS = INDICATORS.map((indicator) => {
	const key = indicator.id.toLowerCase();
	return {
		indicator,
		score: scoreColumnOf(indicator.id),
		n: `${key}_n`,
		sum: `${key}_sum`,
		squares: indicator.type === 'mean' ? `${key}_squares` : null
	};
});

/** The columns of `indicator_sums` (and of `indicator_level_sums`) that responses add to: counts, then each indicator's. */
export const SUM_ADDED = [
	'respondents',
	'quick',
	...SUM_COLUMNS.flatMap((column) => (column.squares ? [column.n, column.sum, column.squares] : [column.n, column.sum]))
] as const;
