import { estimateProportion } from './proportions';
import { PACKED_ROW, PackedDomain, type PsuTable } from './design-domain';
import { tForLevel, twoSidedTP } from './distributions';
import {
	addToScratch,
	compileFrame,
	NO_SINGLETONS,
	varianceOfScratch,
	type CompiledFrame,
	type SingletonMoments
} from './design-frame';
import { sumTable } from './design-moments';
import { varianceOfTerms } from './design-terms';
import {
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
	return compileFrame(frame).df;
}

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
	const compiled = compileFrame(frame);
	// Every PSU placed before the scratch is written: one outside the frame leaves it as it was.
	const places = [...totals.keys()].map((psu) => placeOf(compiled, psu));
	let count = 0;
	[...totals.values()].forEach((total, i) => (count = addToScratch(compiled, count, places[i], total)));
	return varianceOfScratch(compiled, count, singletons);
}

function placeOf(frame: CompiledFrame, psu: string): number {
	const at = frame.place.get(psu);
	if (at === undefined) throw new RangeError(`PSU ${psu} is not in the campaign's design`);
	return at;
}

interface DomainParts {
	n: number;
	weight: number;
	value: number;
	/** Σy over the domain's responses. */
	sum: number;
	/** Its table (every row of which is one of its PSUs) and their places in the frame. */
	table: PsuTable;
	places: Int32Array;
	singletons: SingletonMoments;
	/** n/(n − 1) · Σw(y − ȳ)² / Σw, the variance of y in the domain. */
	spread: number | null;
}

function readDomain(frame: CompiledFrame, domain: DesignDomain): DomainParts | null {
	// A domain of some of its table's PSUs only is given a table of its own.
	const packed =
		domain instanceof PackedDomain && domain.members.length === domain.table.rows.length ? domain : pack(domain);
	const { table } = packed;
	const { totals, offset } = sumTable(table);
	const one = domain.singletons;
	const n = totals[offset] + (one?.n ?? 0);
	const sum = totals[offset + 1] + (one?.sum ?? 0);
	const weight = totals[offset + 2] + (one?.weight ?? 0);
	const weighted = totals[offset + 3] + (one?.weighted ?? 0);
	const weightedSquares = totals[offset + 4] + (one?.weightedSquares ?? 0);
	if (n === 0 || !(weight > 0)) return null;
	const value = weighted / weight;
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
	return { n, weight, value, sum, table, places: placesOf(frame, table.psus), singletons, spread };
}

/** A domain given by its list of PSUs as a table of its own (a PSU listed twice is one PSU, its sums added up). */
function pack(domain: DesignDomain): PackedDomain {
	const at = new Map<string, number>();
	for (const psu of domain.psus) if (!at.has(psu.psu)) at.set(psu.psu, at.size);
	const rows = Array.from(at.keys(), () => new Float64Array(5));
	for (const psu of domain.psus) {
		const row = rows[at.get(psu.psu)!];
		row[PACKED_ROW.n] += psu.n;
		row[PACKED_ROW.sum] += psu.sum;
		row[PACKED_ROW.weight] += psu.weight;
		row[PACKED_ROW.weighted] += psu.weighted;
		row[PACKED_ROW.weightedSquares] += psu.weightedSquares;
	}
	const members = Int32Array.from(at.values());
	return new PackedDomain({ psus: [...at.keys()], rows, at: PACKED_ROW }, members, domain.singletons);
}

// The places of a list of PSUs in the frame (-1: not in it), found once for all the tables and domains sharing it.
const listPlaces = new WeakMap<readonly string[], { frame: CompiledFrame; places: Int32Array }>();

function placesOf(frame: CompiledFrame, psus: PsuTable['psus']): Int32Array {
	let known = listPlaces.get(psus);
	if (!known || known.frame !== frame) {
		known = { frame, places: Int32Array.from(psus, (psu) => frame.place.get(psu) ?? -1) };
		listPlaces.set(psus, known);
	}
	return known.places;
}

/** The variance of the domain's ratio mean. */
function varianceOf(frame: CompiledFrame, parts: DomainParts): number {
	return varianceOfTerms(frame, [{ coefficient: 1, ...parts }], parts.singletons);
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
	const compiled = compileFrame(frame);
	const df = compiled.df;
	const parts = readDomain(compiled, domain);
	if (!parts) return { ...EMPTY, n: 0, df };
	const variance = varianceOf(compiled, parts);
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
		const x = readDomain(compileFrame(frame), domain)?.sum ?? 0;
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
	const compiled = compileFrame(frame);
	const df = compiled.df;
	const read = terms.map(({ domain }) => readDomain(compiled, domain));
	if (read.some((parts) => parts === null))
		return { value: null, ciLow: null, ciHigh: null, se: null, variance: null, pValue: null, df };
	const singletons = { sum: 0, squares: 0 };
	let value = 0;
	const moments = terms.map(({ coefficient }, i) => {
		const parts = read[i]!;
		value += coefficient * parts.value;
		// A singleton is in one domain of the contrast only: its total is one domain's, times its coefficient.
		singletons.sum += coefficient * parts.singletons.sum;
		singletons.squares += coefficient * coefficient * parts.singletons.squares;
		return { coefficient, ...parts };
	});
	const variance = varianceOfTerms(compiled, moments, singletons);
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
