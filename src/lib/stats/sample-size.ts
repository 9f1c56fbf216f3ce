import { normalQuantile, Z_80, Z_95 } from './distributions';

export interface SampleSizeInput {
	p1: number;
	p2: number;
	/** Significance level, 0.05 unless given. */
	alpha?: number;
	/** 0.8 unless given. */
	power?: number;
	/** Design effect (cluster sampling), 1 unless given. */
	deff?: number;
	/** A two-sided test unless 1. */
	sides?: 1 | 2;
}

/**
 * Respondents needed per wave and group to detect a change from p₁ to p₂ (docs/standard.md §4.5):
 * n = deff·[z_a·√(2p̄(1 − p̄)) + z_b·√(p₁(1 − p₁) + p₂(1 − p₂))]² / Δ², p̄ = (p₁ + p₂)/2, rounded up.
 * z_a is 1.959964 for the default two-sided α = 0.05 and z_b 0.841621 for power 0.8, the values §4
 * fixes; other choices use the exact normal quantiles (z_a = Φ⁻¹(1 − α/sides), z_b = Φ⁻¹(power)).
 * It is the equation R's power.prop.test solves.
 *
 * - p₁ = p₂: no sample can detect a change of 0, so the result is Infinity.
 * Throws a RangeError for p outside [0, 1], α or power outside (0, 1), deff ≤ 0 or sides not 1 or 2.
 */
export function sampleSizePerGroup(input: SampleSizeInput): number {
	const { p1, p2, alpha = 0.05, power = 0.8, deff = 1, sides = 2 } = input;
	for (const [name, p] of [
		['p1', p1],
		['p2', p2]
	] as const) {
		if (!(p >= 0 && p <= 1)) throw new RangeError(`${name} must be between 0 and 1, got ${p}`);
	}
	if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
	if (!(power > 0 && power < 1)) throw new RangeError(`power must be between 0 and 1, got ${power}`);
	if (!(deff > 0 && Number.isFinite(deff))) throw new RangeError(`deff must be positive, got ${deff}`);
	if (sides !== 1 && sides !== 2) throw new RangeError(`sides must be 1 or 2, got ${String(sides)}`);
	if (p1 === p2) return Infinity;
	const zA = alpha === 0.05 && sides === 2 ? Z_95 : normalQuantile(1 - alpha / sides);
	const zB = power === 0.8 ? Z_80 : normalQuantile(power);
	const pBar = (p1 + p2) / 2;
	const root = zA * Math.sqrt(2 * pBar * (1 - pBar)) + zB * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
	return Math.ceil(deff * ((root * root) / ((p2 - p1) * (p2 - p1))));
}
