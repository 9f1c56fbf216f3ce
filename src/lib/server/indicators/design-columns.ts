import { INDICATORS } from '../../core-module';
import { DIMENSIONS } from '../../indicators/dimensions';
import { scoreColumnOf } from './response-columns';

/** The columns of `design_sums` that identify a row: the cell, a level of every dimension, and the PSU. */
export const DESIGN_SUM_KEYS = ['campaign_id', 'wave', 'group_name', ...DIMENSIONS, 'psu'] as const;

/**
 * Each indicator's columns there, in the order of INDICATORS: unweighted count and sums, then Σw, Σwy, Σwy², then
 * Σw², Σw²y, Σw²y² (docs/standard.md §4.6). A share scores 0 or 1: its y² is y, and those columns are not kept.
 */
export const DESIGN_SUM_COLUMNS = INDICATORS.map((indicator) => {
	const key = indicator.id.toLowerCase();
	const mean = indicator.type === 'mean';
	return {
		indicator,
		score: scoreColumnOf(indicator.id),
		n: `${key}_n`,
		y: `${key}_y`,
		yy: mean ? `${key}_yy` : null,
		w: `${key}_w`,
		wy: `${key}_wy`,
		wyy: mean ? `${key}_wyy` : null,
		ww: `${key}_ww`,
		wwy: `${key}_wwy`,
		wwyy: mean ? `${key}_wwyy` : null
	};
});

/** The columns of a row of design sums that responses add to: its respondents and every indicator's sums. */
export const DESIGN_SUM_ADDED = [
	'respondents',
	...DESIGN_SUM_COLUMNS.flatMap((c) =>
		[c.n, c.y, c.yy, c.w, c.wy, c.wyy, c.ww, c.wwy, c.wwyy].filter((name): name is string => name !== null)
	)
];
