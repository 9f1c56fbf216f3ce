/**
 * The campaign's design: every primary sampling unit (PSU) of its stored responses with its stratum, and
 * how many responses are a PSU of their own (no cluster, no panel code).
 */
export interface DesignFrame {
	/** PSU → stratum, for clusters and panel members. */
	psus: ReadonlyMap<string, string>;
	/** Responses that are their own PSU, all in the stratum `SINGLETON_STRATUM` (the campaign's own). */
	singletons?: number;
}

/** The stratum of a response with no cluster: one for the whole campaign. */
export const SINGLETON_STRATUM = '';

/**
 * One PSU's sums within a domain, over its responses there whose value y is not missing: their count,
 * the unweighted Σy, and Σw, Σwy, Σwy².
 */
export interface PsuSums {
	psu: string;
	n: number;
	sum: number;
	weight: number;
	weighted: number;
	weightedSquares: number;
}

/**
 * The sums of a domain's responses that are each their own PSU: those of `PsuSums` added up, and Σw²,
 * Σw²y, Σw²y² (which give the sum of their linearised values' squares without listing them).
 */
export interface SingletonSums {
	n: number;
	sum: number;
	weight: number;
	weighted: number;
	weightedSquares: number;
	squaredWeight: number;
	squaredWeighted: number;
	squaredWeightedSquares: number;
}

/** A domain (a wave and group, a level of a dimension in it): its PSUs' sums and its singletons'. */
export interface DesignDomain {
	psus: readonly PsuSums[];
	singletons?: SingletonSums;
}

/** A domain's estimate under the campaign's design. `null` wherever the data leave a number undefined. */
export interface DesignEstimate {
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	se: number | null;
	variance: number | null;
	/** Unweighted count of responses in the domain. */
	n: number;
	/** PSUs minus strata, of the campaign. */
	df: number;
	/** The variance over that of a simple random sample of n (R's `deff = "replace"`). */
	deff: number | null;
	/** n / deff. */
	effectiveN: number | null;
	/** √(n/(n − 1) · Σw(y − ȳ)² / Σw), the weighted SD of y (R's `svyvar`); null below n = 2. */
	sd: number | null;
}

/** One domain of a contrast with its coefficient (+1, −1). */
export interface DesignTerm {
	coefficient: number;
	domain: DesignDomain;
}

export interface DesignContrast {
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	se: number | null;
	variance: number | null;
	pValue: number | null;
	df: number;
}
