import type { DesignEstimate } from './design-types';

/**
 * Effect sizes of a change under a design (docs/standard.md §4.6), from the two domains' estimates.
 * Cohen's h = 2·asin√p₂ − 2·asin√p₁ of the weighted proportions; null when either is missing.
 */
export function designCohensH(from: DesignEstimate, to: DesignEstimate): number | null {
	if (from.value === null || to.value === null) return null;
	return 2 * Math.asin(Math.sqrt(to.value)) - 2 * Math.asin(Math.sqrt(from.value));
}

/**
 * Hedges' g = J·(ȳ₂ − ȳ₁) / SD_pooled, SD_pooled from the two weighted SDs with the unweighted counts,
 * J = 1 − 3/(4(n₁ + n₂) − 9); null when a SD is missing or the pooled SD is 0.
 */
export function designHedgesG(from: DesignEstimate, to: DesignEstimate): number | null {
	if (from.value === null || to.value === null || from.sd === null || to.sd === null) return null;
	const pooled = Math.sqrt(((from.n - 1) * from.sd ** 2 + (to.n - 1) * to.sd ** 2) / (from.n + to.n - 2));
	if (!(pooled > 0)) return null;
	const j = 1 - 3 / (4 * (from.n + to.n) - 9);
	return (j * (to.value - from.value)) / pooled;
}
