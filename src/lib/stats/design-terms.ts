import type { CompiledFrame, SingletonMoments } from './design-frame';
import type { PsuTable } from './design-domain';
import { CROSS_VALUES, crossMomentsOf, MOMENT_VALUES, momentsOf } from './design-moments';

/** A domain of a contrast, as its moments read it: its coefficient, its ratio mean r and its Σw. */
export interface MomentTerm {
	coefficient: number;
	value: number;
	weight: number;
	table: PsuTable;
	places: Int32Array;
}

/**
 * The linearised variance of Σ c_d r_d from the terms' moments, the singletons' totals adding up to `singletons`:
 * Σ_h n_h/(n_h − 1) Σ_i (z_hi − z̄_h)², a stratum of one PSU adding (z − z̄)² with z̄ the mean of every PSU total of
 * the campaign ("adjust"); per stratum Σ(z − c)² = Σz² − 2cΣz + n_h c², the absent PSUs' z being 0.
 */
export function varianceOfTerms(
	frame: CompiledFrame,
	terms: readonly MomentTerm[],
	singletons: SingletonMoments
): number {
	const strata = frame.stratumSize.length;
	const { sums, squares } = frame.strata;
	sums.fill(0);
	squares.fill(0);
	for (let d = 0; d < terms.length; d++) {
		const term = terms[d];
		const k = term.coefficient / term.weight;
		const r = term.value;
		const { values, offset } = momentsOf(frame, term.table, term.places);
		for (let h = 0, o = offset; h < strata; h++, o += MOMENT_VALUES) {
			sums[h] += k * (values[o] - r * values[o + 1]);
			squares[h] += k * k * (values[o + 2] - 2 * r * values[o + 3] + r * r * values[o + 4]);
		}
		for (let e = d + 1; e < terms.length; e++) {
			const other = terms[e];
			const l = other.coefficient / other.weight;
			const q = other.value;
			const cross = crossMomentsOf(frame, term, other);
			const x = cross.values;
			for (let h = 0, o = cross.offset; h < strata; h++, o += CROSS_VALUES)
				squares[h] += 2 * k * l * (x[o] - q * x[o + 1] - r * x[o + 2] + r * q * x[o + 3]);
		}
	}
	let sum = singletons.sum;
	for (let h = 0; h < strata; h++) sum += sums[h];
	const grandMean = frame.psuCount > 0 ? sum / frame.psuCount : 0;
	let variance = 0;
	for (let h = 0; h < strata; h++) {
		const size = frame.stratumSize[h];
		const own = h === frame.singletonStratum && frame.singletons > 0;
		const s1 = sums[h] + (own ? singletons.sum : 0);
		const s2 = squares[h] + (own ? singletons.squares : 0);
		const centre = size === 1 ? grandMean : s1 / size;
		const deviations = s2 - 2 * centre * s1 + size * centre * centre;
		variance += size === 1 ? deviations : (size / (size - 1)) * deviations;
	}
	return Math.max(0, variance);
}
