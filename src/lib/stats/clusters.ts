/**
 * Sample size with clusters (docs/standard.md §4.6): the design effect of m respondents a cluster with
 * an intra-cluster correlation ICC, the clusters that hold n respondents, and the ICC an observed design
 * effect implies.
 */

/** deff = 1 + (m − 1)·ICC. Throws a RangeError for m < 1 or an ICC outside [0, 1]. */
export function clusterDesignEffect(clusterSize: number, icc: number): number {
	if (!(clusterSize >= 1 && Number.isFinite(clusterSize)))
		throw new RangeError(`clusterSize must be at least 1, got ${clusterSize}`);
	if (!(icc >= 0 && icc <= 1)) throw new RangeError(`icc must be between 0 and 1, got ${icc}`);
	return 1 + (clusterSize - 1) * icc;
}

/** ⌈n / m⌉ clusters of m respondents for n respondents (per wave and group). */
export function clustersNeeded(respondents: number, clusterSize: number): number {
	if (!(clusterSize >= 1 && Number.isFinite(clusterSize)))
		throw new RangeError(`clusterSize must be at least 1, got ${clusterSize}`);
	if (!(respondents >= 0)) throw new RangeError(`respondents must be 0 or more, got ${respondents}`);
	return Math.ceil(respondents / clusterSize);
}

/**
 * ICC = (deff − 1) / (m̄ − 1), m̄ the mean respondents a cluster: null when m̄ ≤ 1 (no cluster holds two
 * respondents, so nothing is implied). Below 0 when the clusters were less alike than chance.
 */
export function iccFromDesignEffect(deff: number, meanClusterSize: number): number | null {
	if (!Number.isFinite(deff) || !Number.isFinite(meanClusterSize) || meanClusterSize <= 1) return null;
	return (deff - 1) / (meanClusterSize - 1);
}
