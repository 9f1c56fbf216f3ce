import beta from '@stdlib/math-base-special-beta';
import erfcinv from '@stdlib/math-base-special-erfcinv';
import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf';
import stdlibTCdf from '@stdlib/stats-base-dists-t-cdf';
import stdlibTQuantile from '@stdlib/stats-base-dists-t-quantile';

// stdlib (a port of Boost's special functions) does the numerics. Two of its quantiles lose digits
// that R keeps, so they are composed here from its special functions instead; the tests hold all four
// to R within 1e-10 for df from 1 to 1e6 and p from 1e-12 to 1 − 1e-12.

/** The normal quantile for 95% intervals, to the six decimals docs/standard.md §4 fixes. */
export const Z_95 = 1.959964;

/** The normal quantile for a power of 0.8, as §4's sample-size planner fixes it. */
export const Z_80 = 0.841621;

/** The standard normal distribution function Φ(x). */
export function normalCdf(x: number): number {
	assertNumber(x, 'x');
	return stdlibNormalCdf(x, 0, 1);
}

/**
 * Φ⁻¹(p): −∞ at 0, +∞ at 1. Taken as −√2·erfc⁻¹(2p) below ½ and √2·erfc⁻¹(2(1 − p)) above:
 * stdlib's normal quantile uses erf⁻¹(2p − 1), whose argument has lost most of its digits in the
 * tails (4e-7 off R at p = 1e-12).
 */
export function normalQuantile(p: number): number {
	assertProbability(p);
	return p < 0.5 ? -Math.SQRT2 * erfcinv(2 * p) : Math.SQRT2 * erfcinv(2 * (1 - p));
}

/** Student's t distribution function with `df` degrees of freedom (any real df > 0; ∞ is the normal). */
export function studentTCdf(x: number, df: number): number {
	assertNumber(x, 'x');
	assertDegreesOfFreedom(df);
	return df === Infinity ? normalCdf(x) : stdlibTCdf(x, df);
}

/**
 * The quantile of Student's t with `df` degrees of freedom: −∞ at 0, +∞ at 1.
 * Within 0.001 of p = ½, stdlib's quantile returns 0 or loses digits (its incomplete-beta inverse is
 * taken at 1 − 2p, near 0), so there it is the series of the quantile about the median, in
 * u = (p − ½)/f(0): t = u + (ν + 1)/(6ν)·u³ + (7ν² + 8ν + 1)/(120ν²)·u⁵ + O(u⁷) (it is tan(πh) at
 * ν = 1 and the normal quantile's series as ν → ∞); for ν ≥ 1 the u⁷ term is below 1e-15 of t there.
 */
export function studentTQuantile(p: number, df: number): number {
	assertProbability(p);
	assertDegreesOfFreedom(df);
	if (df === Infinity) return normalQuantile(p);
	if (Math.abs(p - 0.5) >= 1e-3) return stdlibTQuantile(p, df);
	const densityAtZero = 1 / (Math.sqrt(df) * beta(df / 2, 0.5));
	const u = (p - 0.5) / densityAtZero;
	const u2 = u * u;
	const c3 = (df + 1) / (6 * df);
	const c5 = (7 * df * df + 8 * df + 1) / (120 * df * df);
	return u * (1 + u2 * (c3 + u2 * c5));
}

/**
 * The normal quantile of a two-sided interval at `level`: exactly Z_95 at 0.95 (the standard's
 * constant), the exact quantile otherwise.
 */
export function zForLevel(level: number): number {
	assertLevel(level);
	return level === 0.95 ? Z_95 : normalQuantile(upperProbability(level));
}

/** The t quantile of a two-sided interval at `level`, computed as R's t.test does: qt(1 − α/2, df). */
export function tForLevel(level: number, df: number): number {
	assertLevel(level);
	const key = `${level}:${df}`;
	let t = quantiles.get(key);
	if (t === undefined) {
		t = studentTQuantile(upperProbability(level), df);
		// A report asks the same few (its campaign's df, two levels) for every cell: kept, a bounded few.
		if (quantiles.size >= 256) quantiles.clear();
		quantiles.set(key, t);
	}
	return t;
}

const quantiles = new Map<string, number>();

/** Two-sided p-value of a normal statistic, from the lower tail so that small p keep their digits. */
export function twoSidedNormalP(z: number): number {
	return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/** Two-sided p-value of a t statistic. */
export function twoSidedTP(t: number, df: number): number {
	return Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
}

export function assertLevel(level: number): void {
	if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1, got ${level}`);
}

function upperProbability(level: number): number {
	return 1 - (1 - level) / 2;
}

function assertNumber(x: number, name: string): void {
	if (Number.isNaN(x)) throw new RangeError(`${name} must be a number, got NaN`);
}

function assertProbability(p: number): void {
	if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be between 0 and 1, got ${p}`);
}

function assertDegreesOfFreedom(df: number): void {
	if (!(df > 0)) throw new RangeError(`df must be positive, got ${df}`);
}
