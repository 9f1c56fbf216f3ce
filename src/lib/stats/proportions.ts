import { assertProportionCell } from './arguments';
import { twoSidedNormalP, zForLevel } from './distributions';
import type { Change, Estimate, ProportionCell } from './types';

/**
 * p = x/n with the Wilson score interval (no continuity correction) and variance p(1 − p)/n.
 *
 * - n = 0: value, interval and variance null.
 * - 0 of n: value 0, interval [0, z²/(n + z²)], variance 0.
 * - n of n: value 1, interval [n/(n + z²), 1], variance 0.
 * - n = 1 is not special: 0 of 1 and 1 of 1 follow the two rules above.
 *
 * Throws a RangeError for counts that are not whole numbers with 0 ≤ x ≤ n.
 */
export function estimateProportion(cell: ProportionCell, level = 0.95): Estimate {
	assertProportionCell(cell);
	const { x, n } = cell;
	const z = zForLevel(level);
	if (n === 0) return { value: null, ciLow: null, ciHigh: null, variance: null, n };
	const p = x / n;
	const [ciLow, ciHigh] = wilsonInterval(x, n, z);
	return { value: p, ciLow, ciHigh, variance: (p * (1 - p)) / n, n };
}

/**
 * d = p₂ − p₁ (`to` minus `from`) with Newcombe's hybrid score interval (his method 10, from the two
 * Wilson intervals), the two-sided two-proportion z-test with pooled variance, and Cohen's h
 * = 2·asin√p₂ − 2·asin√p₁. Variance: p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂.
 *
 * - Either n = 0: every number null.
 * - Both proportions 0, or both 1: the test's pooled variance is 0, so the p-value is null; d, the
 *   interval (Newcombe's stays non-degenerate) and h are defined, the variance is 0.
 *
 * Newcombe RG (1998), Interval estimation for the difference between independent proportions:
 * comparison of eleven methods, Statistics in Medicine 17:873–890.
 */
export function changeInProportion(from: ProportionCell, to: ProportionCell, level = 0.95): Change {
	assertProportionCell(from);
	assertProportionCell(to);
	const z = zForLevel(level);
	if (from.n === 0 || to.n === 0) {
		return {
			value: null,
			ciLow: null,
			ciHigh: null,
			pValue: null,
			effectSize: null,
			effectSizeKind: 'cohens_h',
			variance: null
		};
	}
	const p1 = from.x / from.n;
	const p2 = to.x / to.n;
	const [l1, u1] = wilsonInterval(from.x, from.n, z);
	const [l2, u2] = wilsonInterval(to.x, to.n, z);
	const d = p2 - p1;
	return {
		value: d,
		ciLow: d - Math.hypot(p2 - l2, u1 - p1),
		ciHigh: d + Math.hypot(u2 - p2, p1 - l1),
		pValue: pooledZTestP(from, to),
		effectSize: 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1)),
		effectSizeKind: 'cohens_h',
		variance: (p1 * (1 - p1)) / from.n + (p2 * (1 - p2)) / to.n
	};
}

function pooledZTestP(from: ProportionCell, to: ProportionCell): number | null {
	const pooled = (from.x + to.x) / (from.n + to.n);
	if (pooled === 0 || pooled === 1) return null;
	const se = Math.sqrt(pooled * (1 - pooled) * (1 / from.n + 1 / to.n));
	return twoSidedNormalP((to.x / to.n - from.x / from.n) / se);
}

/**
 * The Wilson bounds, for n ≥ 1. The bounds are the roots of (p − π)² = z²π(1 − π)/n, whose product is
 * p²/(1 + z²/n): the lower one is taken from it rather than by subtraction, which keeps its digits
 * when p is small (and makes it exactly 0 at x = 0); above p = ½ the interval is mirrored.
 */
function wilsonInterval(x: number, n: number, z: number): [number, number] {
	if (2 * x > n) {
		const [low, high] = wilsonInterval(n - x, n, z);
		return [1 - high, 1 - low];
	}
	const p = x / n;
	const z2n = (z * z) / n;
	const high = (p + z2n / 2 + z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
	return [(p * p) / ((1 + z2n) * high), high];
}
