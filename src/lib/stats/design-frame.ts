import { SINGLETON_STRATUM, type DesignFrame } from './design-types';

/** The sum of the singletons' linearised totals and of their squares. */
export interface SingletonMoments {
	sum: number;
	squares: number;
}

export const NO_SINGLETONS: SingletonMoments = { sum: 0, squares: 0 };

/**
 * A frame made ready for many variances: each PSU's place, its stratum's number and each stratum's count of
 * PSUs, so that a domain's variance runs over its own PSUs only (those absent count 0).
 */
export interface CompiledFrame {
	/** PSU → its place. */
	place: ReadonlyMap<string, number>;
	/** Place → its stratum's number. */
	stratumOf: Int32Array;
	/** Per stratum, its PSUs of the frame (the singletons' stratum counting the singletons too). */
	stratumSize: Float64Array;
	/** The singletons' stratum's number; -1 when no PSU is in it and there are no singletons. */
	singletonStratum: number;
	singletons: number;
	psuCount: number;
	df: number;
	/** Per place, a domain's total while its variance is taken; 0 otherwise. */
	scratch: Float64Array;
	/** The places set in the scratch, and a mark at each. */
	touched: Int32Array;
	marked: Uint8Array;
	/** Per place, 1 + a table's row there while two tables' PSUs in common are found; 0 otherwise. */
	rowAt: Int32Array;
	/** Per stratum, a variance's working sums. */
	strata: { sums: Float64Array; listed: Float64Array; centres: Float64Array; squares: Float64Array };
}

const compiled = new WeakMap<DesignFrame, CompiledFrame>();

/** The frame, compiled once (a frame is not changed after it is made). */
export function compileFrame(frame: DesignFrame): CompiledFrame {
	const known = compiled.get(frame);
	if (known) return known;
	const singletons = frame.singletons ?? 0;
	const strata = new Map<string, number>();
	const place = new Map<string, number>();
	const stratumOf = new Int32Array(frame.psus.size);
	for (const [psu, stratum] of frame.psus) {
		let number = strata.get(stratum);
		if (number === undefined) strata.set(stratum, (number = strata.size));
		stratumOf[place.size] = number;
		place.set(psu, place.size);
	}
	if (singletons > 0 && !strata.has(SINGLETON_STRATUM)) strata.set(SINGLETON_STRATUM, strata.size);
	const singletonStratum = strata.get(SINGLETON_STRATUM) ?? -1;
	const stratumSize = new Float64Array(strata.size);
	for (const number of stratumOf) stratumSize[number]++;
	if (singletonStratum >= 0) stratumSize[singletonStratum] += singletons;
	const psuCount = frame.psus.size + singletons;
	const made: CompiledFrame = {
		place,
		stratumOf,
		stratumSize,
		singletonStratum,
		singletons,
		psuCount,
		df: psuCount - strata.size,
		scratch: new Float64Array(frame.psus.size),
		touched: new Int32Array(frame.psus.size),
		marked: new Uint8Array(frame.psus.size),
		rowAt: new Int32Array(frame.psus.size),
		strata: {
			sums: new Float64Array(strata.size),
			listed: new Float64Array(strata.size),
			centres: new Float64Array(strata.size),
			squares: new Float64Array(strata.size)
		}
	};
	compiled.set(frame, made);
	return made;
}

/** Adds `total` to the scratch at `at`; the count of places touched so far, this one included. */
export function addToScratch(frame: CompiledFrame, count: number, at: number, total: number): number {
	frame.scratch[at] += total;
	if (frame.marked[at] === 1) return count;
	frame.marked[at] = 1;
	frame.touched[count] = at;
	return count + 1;
}

/**
 * The linearised variance of the totals held in `frame.scratch` at the `count` places of `frame.touched`
 * (as `addToScratch` put them), the singletons' adding up to `singletons`: Σ_h n_h/(n_h − 1) Σ_i (z_hi − z̄_h)², a stratum of
 * one PSU adding (z − z̄)² with z̄ the mean of every PSU total of the campaign ("adjust"). Clears the scratch.
 */
export function varianceOfScratch(frame: CompiledFrame, count: number, singletons: SingletonMoments): number {
	const { scratch, touched, stratumOf, stratumSize, singletonStratum } = frame;
	const strata = stratumSize.length;
	const { sums, listed, centres, squares } = frame.strata;
	sums.fill(0);
	listed.fill(0);
	let sum = singletons.sum;
	for (let k = 0; k < count; k++) {
		const at = touched[k];
		sums[stratumOf[at]] += scratch[at];
		listed[stratumOf[at]]++;
		sum += scratch[at];
	}
	const grandMean = frame.psuCount > 0 ? sum / frame.psuCount : 0;
	for (let h = 0; h < strata; h++) {
		const size = stratumSize[h];
		const extra = h === singletonStratum && frame.singletons > 0 ? singletons : NO_SINGLETONS;
		const centre = size === 1 ? grandMean : (sums[h] + extra.sum) / size;
		centres[h] = centre;
		// Those of the stratum absent from the domain: a total of 0 each.
		const absent = size - listed[h] - (h === singletonStratum ? frame.singletons : 0);
		squares[h] = absent * centre * centre;
		if (h === singletonStratum)
			squares[h] += extra.squares - 2 * centre * extra.sum + frame.singletons * centre * centre;
	}
	for (let k = 0; k < count; k++) {
		const at = touched[k];
		const deviation = scratch[at] - centres[stratumOf[at]];
		squares[stratumOf[at]] += deviation * deviation;
		scratch[at] = 0;
		frame.marked[at] = 0;
	}
	let variance = 0;
	for (let h = 0; h < strata; h++) {
		const size = stratumSize[h];
		variance += size === 1 ? squares[h] : (size / (size - 1)) * squares[h];
	}
	return Math.max(0, variance);
}
