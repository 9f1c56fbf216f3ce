/** A proportion's cell as SQL aggregates it: `x` respondents with the outcome out of `n`. */
export interface ProportionCell {
	x: number;
	n: number;
}

/** A mean's cell as SQL aggregates it: the count, the sum of the values and the sum of their squares. */
export interface MeanCell {
	n: number;
	sum: number;
	sumSquares: number;
}

/** A cell's estimate. `null` wherever the number is undefined for the data (never NaN). */
export interface Estimate {
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	/** Variance of the estimate: p(1 − p)/n for a proportion, SD²/n for a mean (for DiD and pooling). */
	variance: number | null;
	n: number;
}

export interface MeanEstimate extends Estimate {
	/** Sample SD (n − 1 in the denominator). */
	sd: number | null;
}

/** A change from one wave to the next, `to` minus `from`. */
export interface Change {
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	pValue: number | null;
	effectSize: number | null;
	effectSizeKind: 'cohens_h' | 'hedges_g';
	/** Sum of the two cells' variances. */
	variance: number | null;
}

export interface MeanChange extends Change {
	/** Welch–Satterthwaite degrees of freedom of the interval and the test. */
	df: number | null;
}

/** (E₂ − E₁) − (C₂ − C₁), the impact estimate. */
export interface DifferenceInDifferences {
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	pValue: number | null;
	se: number | null;
}

export interface Study {
	value: number;
	se: number;
}

/** A DerSimonian–Laird random-effects pooled estimate. */
export interface PooledEstimate {
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	se: number | null;
	/** Between-study variance τ². */
	tau2: number | null;
	/** I² as a fraction from 0 to 1. */
	i2: number | null;
	/** Cochran's Q. */
	q: number | null;
	/** Two-sided normal p-value of the pooled estimate against 0. */
	pValue: number | null;
	/** Number of studies used. */
	k: number;
}
