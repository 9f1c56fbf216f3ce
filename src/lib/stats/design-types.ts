/** The campaign's design: every primary sampling unit (PSU) of its stored responses, with its stratum. */
export interface DesignFrame {
	/** PSU → stratum; one stratum for the whole campaign when none is declared. */
	psus: ReadonlyMap<string, string>;
}

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
}

/** One domain of a contrast with its coefficient (+1, −1). */
export interface DesignTerm {
	coefficient: number;
	sums: readonly PsuSums[];
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
