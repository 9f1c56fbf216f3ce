import { estimateProportion } from './proportions';
import { tForLevel, twoSidedTP } from './distributions';
import type { DesignContrast, DesignEstimate, DesignFrame, DesignTerm, PsuSums } from './design-types';

/**
 * Design-based estimates by linearisation (docs/standard.md §4b): R's `survey` package with
 * `svydesign(ids = ~psu, strata = ~stratum, weights = ~w, nest = TRUE)` and
 * `options(survey.lonely.psu = "adjust")`. A domain's variance is taken against the whole campaign's
 * design: a PSU with no response in the domain counts, with a total of 0.
 *
 * Everything is computed from each PSU's sums in the domain (Σw, Σwy, Σwy²), never from responses:
 * for a ratio mean ȳ = Σwy / Σw, a PSU's total of linearised values is (Σ_i wy − ȳ Σ_i w) / Σw.
 */

/** Degrees of freedom of the campaign's design: PSUs minus strata. */
export function designDegreesOfFreedom(frame: DesignFrame): number {
	return frame.psus.size - new Set(frame.psus.values()).size;
}

/**
 * The linearised variance of a statistic whose PSU totals are `totals` (a PSU absent counts 0):
 * Σ_h n_h/(n_h − 1) Σ_i (z_hi − z̄_h)², a stratum of one PSU adding (z − z̄)² with z̄ the mean of every
 * PSU total of the campaign ("adjust").
 */
export function linearisedVariance(frame: DesignFrame, totals: ReadonlyMap<string, number>): number {
	const byStratum = new Map<string, number[]>();
	let sum = 0;
	for (const [psu, stratum] of frame.psus) {
		const total = totals.get(psu) ?? 0;
		sum += total;
		const list = byStratum.get(stratum);
		if (list) list.push(total);
		else byStratum.set(stratum, [total]);
	}
	for (const psu of totals.keys())
		if (!frame.psus.has(psu)) throw new RangeError(`PSU ${psu} is not in the campaign's design`);
	const grandMean = frame.psus.size > 0 ? sum / frame.psus.size : 0;
	let variance = 0;
	for (const stratumTotals of byStratum.values()) {
		const count = stratumTotals.length;
		if (count === 1) {
			variance += (stratumTotals[0] - grandMean) ** 2;
			continue;
		}
		const mean = stratumTotals.reduce((a, b) => a + b, 0) / count;
		let squares = 0;
		for (const total of stratumTotals) squares += (total - mean) ** 2;
		variance += (count / (count - 1)) * squares;
	}
	return variance;
}

interface DomainParts {
	n: number;
	weight: number;
	value: number;
	/** Each PSU's total of the linearised values of ȳ. */
	totals: Map<string, number>;
	/** n/(n − 1) · Σw(y − ȳ)² / Σw, the variance of y in the domain. */
	spread: number | null;
}

function readDomain(sums: readonly PsuSums[]): DomainParts | null {
	let n = 0;
	let weight = 0;
	let weighted = 0;
	let weightedSquares = 0;
	for (const psu of sums) {
		n += psu.n;
		weight += psu.weight;
		weighted += psu.weighted;
		weightedSquares += psu.weightedSquares;
	}
	if (n === 0 || !(weight > 0)) return null;
	const value = weighted / weight;
	const totals = new Map<string, number>();
	for (const psu of sums)
		totals.set(psu.psu, (totals.get(psu.psu) ?? 0) + (psu.weighted - value * psu.weight) / weight);
	const deviations = Math.max(0, weightedSquares - value * weighted);
	const spread = n > 1 ? ((n / (n - 1)) * deviations) / weight : null;
	return { n, weight, value, totals, spread };
}

const EMPTY: Omit<DesignEstimate, 'n' | 'df'> = {
	value: null,
	ciLow: null,
	ciHigh: null,
	se: null,
	variance: null,
	deff: null,
	effectiveN: null
};

function describeSpread(parts: DomainParts, variance: number): Pick<DesignEstimate, 'deff' | 'effectiveN'> {
	const srs = parts.spread === null ? null : parts.spread / parts.n;
	const deff = srs !== null && srs > 0 ? variance / srs : null;
	return { deff, effectiveN: deff !== null && deff > 0 ? parts.n / deff : null };
}

/** A weighted mean over a domain, with a t(df) interval, its design effect and effective sample size. */
export function estimateDesignMean(frame: DesignFrame, sums: readonly PsuSums[], level = 0.95): DesignEstimate {
	const df = designDegreesOfFreedom(frame);
	const parts = readDomain(sums);
	if (!parts) return { ...EMPTY, n: 0, df };
	const variance = linearisedVariance(frame, parts.totals);
	const se = Math.sqrt(variance);
	const t = df > 0 ? tForLevel(level, df) : null;
	return {
		value: parts.value,
		ciLow: t === null ? null : parts.value - t * se,
		ciHigh: t === null ? null : parts.value + t * se,
		se,
		variance,
		n: parts.n,
		df,
		...describeSpread(parts, variance)
	};
}

/**
 * A weighted proportion over a domain (y is 0 or 1), with the logit interval
 * expit(logit(p) ± t·SE / (p(1 − p))) (R's `svyciprop(method = "logit", df = degf(design))`); at p = 0 or
 * 1, the Wilson interval of the unweighted counts.
 */
export function estimateDesignProportion(frame: DesignFrame, sums: readonly PsuSums[], level = 0.95): DesignEstimate {
	const mean = estimateDesignMean(frame, sums, level);
	const p = mean.value;
	if (p === null || mean.se === null) return mean;
	if (p <= 0 || p >= 1 || mean.df <= 0) {
		const x = sums.reduce((total, psu) => total + psu.sum, 0);
		const wilson = estimateProportion({ x, n: mean.n }, level);
		return { ...mean, ciLow: wilson.ciLow, ciHigh: wilson.ciHigh };
	}
	const t = tForLevel(level, mean.df);
	const logit = Math.log(p / (1 - p));
	const half = (t * mean.se) / (p * (1 - p));
	return { ...mean, ciLow: expit(logit - half), ciHigh: expit(logit + half) };
}

/**
 * A contrast Σ c_d ȳ_d of domains (a change E₂ − E₁, a DiD (E₂ − E₁) − (C₂ − C₁)): its linearised
 * values are the same signed combination of the domains', so responses of one PSU in several domains
 * (a panel, a cluster surveyed twice) bring their covariance in. A t(df) interval and p-value.
 */
export function estimateDesignContrast(frame: DesignFrame, terms: readonly DesignTerm[], level = 0.95): DesignContrast {
	const df = designDegreesOfFreedom(frame);
	const totals = new Map<string, number>();
	let value = 0;
	for (const term of terms) {
		const parts = readDomain(term.sums);
		if (!parts) return { value: null, ciLow: null, ciHigh: null, se: null, variance: null, pValue: null, df };
		value += term.coefficient * parts.value;
		for (const [psu, total] of parts.totals) totals.set(psu, (totals.get(psu) ?? 0) + term.coefficient * total);
	}
	const variance = linearisedVariance(frame, totals);
	const se = Math.sqrt(variance);
	const t = df > 0 ? tForLevel(level, df) : null;
	return {
		value,
		ciLow: t === null ? null : value - t * se,
		ciHigh: t === null ? null : value + t * se,
		se,
		variance,
		pValue: df > 0 && se > 0 ? twoSidedTP(value / se, df) : null,
		df
	};
}

function expit(x: number): number {
	return 1 / (1 + Math.exp(-x));
}
