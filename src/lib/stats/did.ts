import { twoSidedNormalP, zForLevel } from './distributions';
import type { DifferenceInDifferences, Estimate } from './types';

export interface DidCells {
	exposedFrom: Estimate;
	exposedTo: Estimate;
	comparisonFrom: Estimate;
	comparisonTo: Estimate;
}

/**
 * DiD = (E₂ − E₁) − (C₂ − C₁), SE = √(sum of the four cells' variances), interval DiD ± z·SE and the
 * two-sided normal p-value (docs/standard.md §4), from the cells' estimates of `estimateProportion` or
 * `estimateMean`.
 *
 * - Any cell without a value or a variance (n = 0; a mean with n = 1): every number null.
 * - SE 0 (every cell 0% or 100%, or means without spread): the interval is [DiD, DiD], as the formula
 *   gives; the z statistic divides by 0, so the p-value is null.
 */
export function differenceInDifferences(cells: DidCells, level = 0.95): DifferenceInDifferences {
	const z = zForLevel(level);
	const { exposedFrom, exposedTo, comparisonFrom, comparisonTo } = cells;
	const all = [exposedFrom, exposedTo, comparisonFrom, comparisonTo];
	if (all.some((cell) => cell.value === null || cell.variance === null)) {
		return { value: null, ciLow: null, ciHigh: null, pValue: null, se: null };
	}
	const [e1, e2, c1, c2] = all.map((cell) => cell.value as number);
	const value = e2 - e1 - (c2 - c1);
	const se = Math.sqrt(all.reduce((total, cell) => total + (cell.variance as number), 0));
	return {
		value,
		ciLow: value - z * se,
		ciHigh: value + z * se,
		pValue: se === 0 ? null : twoSidedNormalP(value / se),
		se
	};
}
