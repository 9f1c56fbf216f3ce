import { twoSidedNormalP, zForLevel } from './distributions';
import type { PooledEstimate, Study } from './types';

/**
 * DerSimonian–Laird random-effects pooling of the studies' values (here: campaigns' changes).
 * τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)) with w = 1/se², then weights 1/(se² + τ²); I² =
 * max(0, (Q − (k − 1))/Q), as a fraction; normal interval and p-value.
 *
 * - A study with se = 0 (a degenerate interval) would take all the weight: it is left out, and `k`
 *   counts only the studies used.
 * - k = 0: every number null.
 * - k = 1: the pooled estimate is that study (value, se, interval); τ², I² and Q are null, as
 *   between-study variance cannot be estimated from one study (metafor reports 0 for them).
 * - k ≥ 2 with identical values (Q = 0): τ² = 0 and I² = 0.
 *
 * Throws a RangeError for a non-finite value or an se that is negative or not finite.
 * DerSimonian R, Laird N (1986), Meta-analysis in clinical trials, Controlled Clinical Trials 7:177–188.
 */
export function poolRandomEffects(studies: readonly Study[], level = 0.95): PooledEstimate {
	const z = zForLevel(level);
	for (const { value, se } of studies) {
		if (!Number.isFinite(value) || !Number.isFinite(se) || se < 0) {
			throw new RangeError(`a study needs a finite value and a finite se ≥ 0, got ${value} and ${se}`);
		}
	}
	const used = studies.filter((study) => study.se > 0);
	const k = used.length;
	if (k === 0) {
		return { value: null, ciLow: null, ciHigh: null, se: null, tau2: null, i2: null, q: null, pValue: null, k };
	}
	const heterogeneity = k === 1 ? null : estimateHeterogeneity(used);
	const tau2 = heterogeneity?.tau2 ?? 0;
	const weights = used.map(({ se }) => 1 / (se * se + tau2));
	const totalWeight = sum(weights);
	const value = sum(used.map((study, i) => weights[i] * study.value)) / totalWeight;
	const se = Math.sqrt(1 / totalWeight);
	return {
		value,
		ciLow: value - z * se,
		ciHigh: value + z * se,
		se,
		tau2: heterogeneity?.tau2 ?? null,
		i2: heterogeneity?.i2 ?? null,
		q: heterogeneity?.q ?? null,
		pValue: twoSidedNormalP(value / se),
		k
	};
}

/** The SE of an estimate from its interval, width / (2z), as §4 has the donor view take each campaign's. */
export function seFromInterval(ciLow: number, ciHigh: number, level = 0.95): number {
	if (!Number.isFinite(ciLow) || !Number.isFinite(ciHigh) || ciHigh < ciLow) {
		throw new RangeError(`an interval needs finite bounds with low ≤ high, got [${ciLow}, ${ciHigh}]`);
	}
	return (ciHigh - ciLow) / (2 * zForLevel(level));
}

function estimateHeterogeneity(studies: readonly Study[]): { tau2: number; i2: number; q: number } {
	const weights = studies.map(({ se }) => 1 / (se * se));
	const totalWeight = sum(weights);
	const fixed = sum(studies.map((study, i) => weights[i] * study.value)) / totalWeight;
	const q = sum(studies.map((study, i) => weights[i] * (study.value - fixed) ** 2));
	const df = studies.length - 1;
	// Σw − Σw²/Σw written as Σ wᵢ·(Σ of the other w)/Σw, which does not cancel when one weight dwarfs the rest.
	const c = sum(weights.map((w, i) => (w * sum(weights.filter((_, j) => j !== i))) / totalWeight));
	const excess = Math.max(0, q - df);
	return { tau2: excess / c, i2: excess === 0 ? 0 : excess / q, q };
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}
