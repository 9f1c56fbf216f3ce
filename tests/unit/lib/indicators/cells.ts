import { INDICATORS, type IndicatorId } from '$lib/core-module';
import type { CellSums, Group, Sums, Wave } from '$lib/indicators';

/** A proportion's sums: x of n respondents score 1. */
export const share = (x: number, n: number): Sums => ({ n, sum: x, sumSquares: x });

/** A mean's sums from its values. */
export function values(...scores: number[]): Sums {
	return {
		n: scores.length,
		sum: scores.reduce((a, b) => a + b, 0),
		sumSquares: scores.reduce((a, b) => a + b * b, 0)
	};
}

/** A cell of `respondents` people with the indicators given (the others: nobody counted). */
export function cell(
	wave: Wave,
	group: Group,
	indicators: Partial<Record<IndicatorId, Sums>>,
	extra: Partial<CellSums> = {}
): CellSums {
	const all = Object.fromEntries(
		INDICATORS.map((indicator) => [indicator.id, indicators[indicator.id] ?? { n: 0, sum: 0, sumSquares: 0 }])
	) as Record<IndicatorId, Sums>;
	const respondents = Math.max(0, ...Object.values(indicators).map((sums) => sums!.n));
	return { wave, group, level: null, respondents, quick: 0, indicators: all, ...extra };
}
