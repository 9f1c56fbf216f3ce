import { assertMeanCell } from './arguments';
import { assertLevel, tForLevel, twoSidedTP } from './distributions';
import type { MeanCell, MeanChange, MeanEstimate } from './types';

/**
 * The sample mean with the t interval mean ± t(1 − α/2, n − 1)·SD/√n; SD with n − 1; variance SD²/n.
 *
 * - n = 0: every number null.
 * - n = 1: value = the one value; SD, interval and variance null (no spread can be estimated).
 * - All values equal (SD 0): SD 0, variance 0 and the degenerate interval [mean, mean], which is
 *   what the formula gives. A spread smaller than the rounding of the aggregates can resolve
 *   counts as 0 (see `sampleVariance`).
 *
 * The mean and SD come from n, Σx and Σx², as SQL aggregates them; on data whose mean is very large
 * against their SD this loses digits (the indicators' scales, 0–8 and 1–5, are far from that).
 * Throws a RangeError for a cell no data can give (n not a whole number ≥ 0, Σx² < 0, non-finite sums).
 */
export function estimateMean(cell: MeanCell, level = 0.95): MeanEstimate {
	assertMeanCell(cell);
	assertLevel(level);
	const { n } = cell;
	if (n === 0) return { value: null, ciLow: null, ciHigh: null, variance: null, n, sd: null };
	const mean = cell.sum / n;
	const s2 = sampleVariance(cell);
	if (s2 === null) return { value: mean, ciLow: null, ciHigh: null, variance: null, n, sd: null };
	const halfWidth = tForLevel(level, n - 1) * Math.sqrt(s2 / n);
	return {
		value: mean,
		ciLow: mean - halfWidth,
		ciHigh: mean + halfWidth,
		variance: s2 / n,
		n,
		sd: Math.sqrt(s2)
	};
}

/**
 * d = m₂ − m₁ (`to` minus `from`) with the Welch interval (Welch–Satterthwaite df), the Welch t-test
 * and Hedges' g = J·d/s_pooled with J = 1 − 3/(4(n₁ + n₂) − 9). Variance SD₁²/n₁ + SD₂²/n₂.
 *
 * - Either n = 0: every number null.
 * - Either n = 1: d alone; interval, p, g, df and variance null (that group's SD is undefined).
 * - One SD 0: Welch works as usual (df = n − 1 of the other group).
 * - Both SDs 0: the interval is [d, d] and the variance 0, as the formulas give; the t statistic,
 *   df and g divide by 0, so p, df and g are null (R's t.test refuses such data too).
 *
 * Hedges LV (1981), Distribution theory for Glass's estimator of effect size, Journal of
 * Educational Statistics 6:107–128 (the approximation of J).
 */
export function changeInMean(from: MeanCell, to: MeanCell, level = 0.95): MeanChange {
	assertMeanCell(from);
	assertMeanCell(to);
	assertLevel(level);
	const none = {
		ciLow: null,
		ciHigh: null,
		pValue: null,
		effectSize: null,
		effectSizeKind: 'hedges_g',
		variance: null,
		df: null
	} as const;
	if (from.n === 0 || to.n === 0) return { ...none, value: null };
	const d = to.sum / to.n - from.sum / from.n;
	const s1 = sampleVariance(from);
	const s2 = sampleVariance(to);
	if (s1 === null || s2 === null) return { ...none, value: d };
	const v1 = s1 / from.n;
	const v2 = s2 / to.n;
	const variance = v1 + v2;
	if (variance === 0) return { ...none, value: d, ciLow: d, ciHigh: d, variance: 0 };
	const df = welchDf(v1, from.n, v2, to.n);
	const se = Math.sqrt(variance);
	const halfWidth = tForLevel(level, df) * se;
	const pooledSd = Math.sqrt(((from.n - 1) * s1 + (to.n - 1) * s2) / (from.n + to.n - 2));
	const j = 1 - 3 / (4 * (from.n + to.n) - 9);
	return {
		value: d,
		ciLow: d - halfWidth,
		ciHigh: d + halfWidth,
		pValue: twoSidedTP(d / se, df),
		effectSize: (j * d) / pooledSd,
		effectSizeKind: 'hedges_g',
		variance,
		df
	};
}

/**
 * SD² with n − 1 from the aggregates, null below n = 2. Σx² − (Σx)²/n cancels: a result within the
 * rounding error of the sums (n·ε·Σx², a bound on it) is 0, so equal values give exactly 0.
 */
export function sampleVariance(cell: MeanCell): number | null {
	const { n, sum, sumSquares } = cell;
	if (n < 2) return null;
	const centred = sumSquares - (sum * sum) / n;
	if (centred <= n * Number.EPSILON * sumSquares) return 0;
	return centred / (n - 1);
}

/** (v₁ + v₂)² / (v₁²/(n₁ − 1) + v₂²/(n₂ − 1)), scaled by the larger v so tiny variances do not underflow. */
function welchDf(v1: number, n1: number, v2: number, n2: number): number {
	const scale = Math.max(v1, v2);
	const a = v1 / scale;
	const b = v2 / scale;
	return (a + b) ** 2 / ((a * a) / (n1 - 1) + (b * b) / (n2 - 1));
}
