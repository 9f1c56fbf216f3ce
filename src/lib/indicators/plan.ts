import { clusterDesignEffect, clustersNeeded, sampleSizePerGroup } from '../stats';

export interface PlanInput {
	/** The share expected before the campaign, as a fraction. */
	p1: number;
	/** The share the campaign hopes to reach. */
	p2: number;
	alpha: number;
	power: number;
	deff: number;
	/** Respondents per cluster (m) and the intra-cluster correlation: together they give the design effect (§4.6). */
	clusterSize?: number;
	icc?: number;
}

export interface SamplePlan extends PlanInput {
	/** Clusters per wave and group, ⌈n / m⌉; null without a cluster size. */
	clusters: number | null;
	/** Respondents needed in each wave of each group (docs/standard.md §4.5). */
	n: number;
	/** Baseline and endline of the exposed group only. */
	totalWithoutComparison: number;
	/** Baseline and endline of both groups: what an impact estimate needs. */
	totalWithComparison: number;
}

export const PLAN_DEFAULTS = { alpha: 0.05, power: 0.8, deff: 1 } as const;

/** How many respondents a campaign needs to detect a change from p1 to p2, per cell and in all. */
export function planSample(input: PlanInput): SamplePlan {
	const clustered = input.clusterSize !== undefined && input.icc !== undefined;
	const deff = clustered ? clusterDesignEffect(input.clusterSize!, input.icc!) : input.deff;
	const n = sampleSizePerGroup({ ...input, deff });
	return {
		...input,
		deff,
		n,
		clusters: clustered ? clustersNeeded(n, input.clusterSize!) : null,
		totalWithoutComparison: 2 * n,
		totalWithComparison: 4 * n
	};
}

/** The same plan for smaller and larger changes from p1 (5 to 20 points, where they stay between 0 and 1), to weigh cost against what can be detected. */
export function planAlternatives(input: PlanInput): SamplePlan[] {
	const sign = input.p2 >= input.p1 ? 1 : -1;
	return [0.05, 0.1, 0.15, 0.2]
		.map((points) => Math.round((input.p1 + sign * points) * 100) / 100)
		.filter((p2) => p2 >= 0 && p2 <= 1)
		.map((p2) => planSample({ ...input, p2 }));
}
