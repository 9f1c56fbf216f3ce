import { estimateProportion } from './proportions';
import { tForLevel, twoSidedTP } from './distributions';
import {
	SINGLETON_STRATUM,
	type DesignContrast,
	type DesignDomain,
	type DesignEstimate,
	type DesignFrame,
	type DesignTerm
} from './design-types';

/**
 * Design-based estimates by linearisation (docs/standard.md §4.6): R's `survey` package with
 * `svydesign(ids = ~psu, strata = ~stratum, weights = ~w, nest = TRUE)` and
 * `options(survey.lonely.psu = "adjust")`. A domain's variance is taken against the whole campaign's
 * design: a PSU with no response in the domain counts, with a total of 0.
 *
 * Everything is computed from sums, never from responses: for a ratio mean ȳ = Σwy / Σw, a PSU's total
 * of linearised values is (Σ_i wy − ȳ Σ_i w) / Σw. Responses that are their own PSU are not listed: the
 * sum of their totals and of their squares come from Σw, Σwy and Σw², Σw²y, Σw²y².
 */

/** Degrees of freedom of the campaign's design: PSUs minus strata. */
export function designDegreesOfFreedom(frame: DesignFrame): number {
	const singletons = frame.singletons ?? 0;
	const strata = new Set(frame.psus.values());
	if (singletons > 0) strata.add(SINGLETON_STRATUM);
	return frame.psus.size + singletons - strata.size;
}

/** The sum of the singletons' linearised totals and of their squares. */
export interface SingletonMoments {
	sum: number;
	squares: number;
}

const NO_SINGLETONS: SingletonMoments = { sum: 0, squares: 0 };

/**
 * The linearised variance of a statistic whose PSU totals are `totals` (a PSU absent counts 0) and whose
 * singletons' totals add up to `singletons`: Σ_h n_h/(n_h − 1) Σ_i (z_hi − z̄_h)², a stratum of one PSU
 * adding (z − z̄)² with z̄ the mean of every PSU total of the campaign ("adjust").
 */
export function linearisedVariance(
	frame: DesignFrame,
	totals: ReadonlyMap<string, number>,
	singletons: SingletonMoments = NO_SINGLETONS
): number {
	for (const psu of totals.keys())
		if (!frame.psus.has(psu)) throw new RangeError(`PSU ${psu} is not in the campaign's design`);
	const singletonCount = frame.singletons ?? 0;
	const byStratum = new Map<string, number[]>();
	let sum = singletons.sum;
	for (const [psu, stratum] of frame.psus) {
		const total = totals.get(psu) ?? 0;
		sum += total;
		const list = byStratum.get(stratum);
		if (list) list.push(total);
		else byStratum.set(stratum, [total]);
	}
	if (singletonCount > 0 && !byStratum.has(SINGLETON_STRATUM)) byStratum.set(SINGLETON_STRATUM, []);
	const psuCount = frame.psus.size + singletonCount;
	const grandMean = psuCount > 0 ? sum / psuCount : 0;
	let variance = 0;
	for (const [stratum, listed] of byStratum) {
		const extra = stratum === SINGLETON_STRATUM && singletonCount > 0 ? singletons : NO_SINGLETONS;
		const extraCount = stratum === SINGLETON_STRATUM ? singletonCount : 0;
		const count = listed.length + extraCount;
		const centre = count === 1 ? grandMean : (listed.reduce((a, b) => a + b, 0) + extra.sum) / count;
		let squares = extra.squares - 2 * centre * extra.sum + extraCount * centre * centre;
		for (const total of listed) squares += (total - centre) ** 2;
		variance += count === 1 ? squares : (count / (count - 1)) * squares;
	}
	return Math.max(0, variance);
}

interface DomainParts {
	n: number;
	weight: number;
	value: number;
	/** Each listed PSU's total of the linearised values of ȳ. */
	totals: Map<string, number>;
	singletons: SingletonMoments;
	/** n/(n − 1) · Σw(y − ȳ)² / Σw, the variance of y in the domain. */
	spread: number | null;
}

function readDomain(domain: DesignDomain): DomainParts | null {
	const parts = [...domain.psus, ...(domain.singletons ? [domain.singletons] : [])];
	let n = 0;
	let weight = 0;
	let weighted = 0;
	let weightedSquares = 0;
	for (const part of parts) {
		n += part.n;
		weight += part.weight;
		weighted += part.weighted;
		weightedSquares += part.weightedSquares;
	}
	if (n === 0 || !(weight > 0)) return null;
	const value = weighted / weight;
	const totals = new Map<string, number>();
	for (const psu of domain.psus)
		totals.set(psu.psu, (totals.get(psu.psu) ?? 0) + (psu.weighted - value * psu.weight) / weight);
	const one = domain.singletons;
	const singletons = one
		? {
				sum: (one.weighted - value * one.weight) / weight,
				squares:
					(one.squaredWeightedSquares - 2 * value * one.squaredWeighted + value * value * one.squaredWeight) /
					(weight * weight)
			}
		: NO_SINGLETONS;
	const deviations = Math.max(0, weightedSquares - value * weighted);
	const spread = n > 1 ? ((n / (n - 1)) * deviations) / weight : null;
	return { n, weight, value, totals, singletons, spread };
}

const EMPTY: Omit<DesignEstimate, 'n' | 'df'> = {
	value: null,
	ciLow: null,
	ciHigh: null,
	se: null,
	variance: null,
	deff: null,
	effectiveN: null,
	sd: null
};

function describeSpread(parts: DomainParts, variance: number): Pick<DesignEstimate, 'deff' | 'effectiveN' | 'sd'> {
	const srs = parts.spread === null ? null : parts.spread / parts.n;
	const deff = srs !== null && srs > 0 ? variance / srs : null;
	return {
		deff,
		effectiveN: deff !== null && deff > 0 ? parts.n / deff : null,
		sd: parts.spread === null ? null : Math.sqrt(parts.spread)
	};
}

/** A weighted mean over a domain, with a t(df) interval, its design effect and effective sample size. */
export function estimateDesignMean(frame: DesignFrame, domain: DesignDomain, level = 0.95): DesignEstimate {
	const df = designDegreesOfFreedom(frame);
	const parts = readDomain(domain);
	if (!parts) return { ...EMPTY, n: 0, df };
	const variance = linearisedVariance(frame, parts.totals, parts.singletons);
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
export function estimateDesignProportion(frame: DesignFrame, domain: DesignDomain, level = 0.95): DesignEstimate {
	const mean = estimateDesignMean(frame, domain, level);
	const p = mean.value;
	if (p === null || mean.se === null) return mean;
	if (p <= 0 || p >= 1 || mean.df <= 0) {
		const x = domain.psus.reduce((total, psu) => total + psu.sum, 0) + (domain.singletons?.sum ?? 0);
		const wilson = estimateProportion({ x, n: mean.n }, level);
		return { ...mean, ciLow: wilson.ciLow, ciHigh: wilson.ciHigh };
	}
	const t = tForLevel(level, mean.df);
	const logit = Math.log(p / (1 - p));
	const half = (t * mean.se) / (p * (1 - p));
	return { ...mean, ciLow: expit(logit - half), ciHigh: expit(logit + half) };
}

/**
 * A contrast Σ c_d ȳ_d of distinct domains (a change E₂ − E₁, a DiD (E₂ − E₁) − (C₂ − C₁)): its
 * linearised values are the same signed combination of the domains', so responses of one PSU in several
 * domains (a panel, a cluster surveyed twice) bring their covariance in. A t(df) interval and p-value.
 */
export function estimateDesignContrast(frame: DesignFrame, terms: readonly DesignTerm[], level = 0.95): DesignContrast {
	const df = designDegreesOfFreedom(frame);
	const totals = new Map<string, number>();
	const singletons = { sum: 0, squares: 0 };
	let value = 0;
	for (const { coefficient, domain } of terms) {
		const parts = readDomain(domain);
		if (!parts) return { value: null, ciLow: null, ciHigh: null, se: null, variance: null, pValue: null, df };
		value += coefficient * parts.value;
		for (const [psu, total] of parts.totals) totals.set(psu, (totals.get(psu) ?? 0) + coefficient * total);
		// A singleton is in one domain of the contrast only: its total is one domain's, times its coefficient.
		singletons.sum += coefficient * parts.singletons.sum;
		singletons.squares += coefficient * coefficient * parts.singletons.squares;
	}
	const variance = linearisedVariance(frame, totals, singletons);
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
