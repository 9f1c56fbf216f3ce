import { INDICATORS } from '../core-module';
import { DIMENSIONS, type Dimension } from './dimensions';
import type { Group, Wave } from './types';

/** Per indicator: n, Σy, Σy², Σw, Σwy, Σwy², Σw², Σw²y, Σw²y². */
export const DESIGN_VALUES = 9;

/** The design sums of a set of responses: `DESIGN_VALUES` per indicator, in the order of INDICATORS. */
export const DESIGN_WIDTH = INDICATORS.length * DESIGN_VALUES;

/** Where an indicator's sums are among a PSU's values: n, Σy, Σy², Σw, Σwy, Σwy², and the others. */
export interface SumPlaces {
	n: number;
	sum: number;
	squares: number;
	weight: number;
	weighted: number;
	weightedSquares: number;
	/** Σw², Σw²y, Σw²y²: kept for the responses that are their own PSU only (-1 elsewhere). */
	squaredWeight: number;
	squaredWeighted: number;
	squaredWeightedSquares: number;
}

/** Every indicator's places in `DESIGN_WIDTH` values, as rows of design sums hold them. */
export const FULL_PLACES: readonly SumPlaces[] = INDICATORS.map((_, i) => {
	const at = i * DESIGN_VALUES;
	return {
		n: at,
		sum: at + 1,
		squares: at + 2,
		weight: at + 3,
		weighted: at + 4,
		weightedSquares: at + 5,
		squaredWeight: at + 6,
		squaredWeighted: at + 7,
		squaredWeightedSquares: at + 8
	};
});

/**
 * Every indicator's places in a PSU's sums (a cluster's, a panel member's): its variance needs its totals, not its
 * squared weights, and a share's y² is its y. Per indicator n, Σy, Σw, Σwy, and for a mean Σy², Σwy² after them.
 */
export const PSU_PLACES: readonly SumPlaces[] = (() => {
	let next = 0;
	return INDICATORS.map((indicator) => {
		const [n, sum, weight, weighted] = [next++, next++, next++, next++];
		const mean = indicator.type === 'mean';
		const squares = mean ? next++ : sum;
		const weightedSquares = mean ? next++ : weighted;
		return {
			n,
			sum,
			squares,
			weight,
			weighted,
			weightedSquares,
			squaredWeight: -1,
			squaredWeighted: -1,
			squaredWeightedSquares: -1
		};
	});
})();

/** How many sums a PSU keeps. */
export const PSU_WIDTH = Math.max(...PSU_PLACES.map((places) => places.weightedSquares)) + 1;

// For each of a PSU's sums, where it is among `DESIGN_WIDTH`.
const FROM_FULL = (() => {
	const from = new Int32Array(PSU_WIDTH).fill(-1);
	PSU_PLACES.forEach((places, i) => {
		// A share's squares are its sums, found at the sums' places.
		for (const name of ['n', 'sum', 'weight', 'weighted', 'squares', 'weightedSquares'] as const)
			if (from[places[name]] < 0) from[places[name]] = FULL_PLACES[i][name];
	});
	return from;
})();

/** The places of the sums of a PSU ('' for the responses that are their own: all their sums). */
export function placesOf(psu: string): readonly SumPlaces[] {
	return psu === '' ? FULL_PLACES : PSU_PLACES;
}

/** How many sums of a PSU's ('' for the responses that are their own) a level keeps. */
export function widthOf(psu: string): number {
	return psu === '' ? DESIGN_WIDTH : PSU_WIDTH;
}

/**
 * Design sums of the responses of one wave and group that share a level of every dimension and a PSU ('' for
 * those that are their own), `DESIGN_WIDTH` numbers.
 */
export interface LevelledDesignSums {
	wave: Wave;
	group: Group;
	levels: Record<Dimension, string | null>;
	psu: string;
	stratum: string;
	respondents: number;
	values: Float64Array;
}

/**
 * Per dimension, in the order of DIMENSIONS: each level's ('' for none) design sums, `widthOf(psu)` of them, then
 * the version naming them in this process (`versionOf`).
 */
export type LevelSplit = Map<string, Float64Array>[];

/** A PSU's design sums in one wave and group ('' for the responses that are their own PSU): in all and by level. */
export interface PsuDesignSums {
	wave: Wave;
	group: Group;
	psu: string;
	stratum: string;
	respondents: number;
	/** Whether any of its responses weighs other than 1. */
	weighted: boolean;
	/** Its sums over every level, `widthOf(psu)` numbers. */
	totals: Float64Array;
	levels: LevelSplit;
}

/** One PSU's rows (of one wave and group) added up by each dimension's level. */
export function splitByLevel(psu: string, rows: readonly LevelledDesignSums[]): LevelSplit {
	const width = widthOf(psu);
	const split: LevelSplit = DIMENSIONS.map(() => new Map());
	for (const row of rows)
		DIMENSIONS.forEach((dimension, d) => {
			const level = row.levels[dimension] ?? '';
			let into = split[d].get(level);
			if (!into) split[d].set(level, (into = nameLevelSums(new Float64Array(width + 1))));
			if (width === DESIGN_WIDTH) for (let i = 0; i < width; i++) into[i] += row.values[i];
			else for (let i = 0; i < width; i++) into[i] += row.values[FROM_FULL[i]];
		});
	return split;
}

/** The PSU's sums over every level: every respondent has one level (or none) of the first dimension. */
export function addUpLevels(psu: string, split: LevelSplit): Float64Array {
	const totals = new Float64Array(widthOf(psu));
	for (const values of split[0]?.values() ?? []) for (let i = 0; i < totals.length; i++) totals[i] += values[i];
	return totals;
}

// Sums are never changed once made: the same version, the same sums.
let versionsGiven = 0;

/** Gives a level's sums (and the place after them) a version of their own. */
export function nameLevelSums(values: Float64Array): Float64Array {
	values[values.length - 1] = ++versionsGiven;
	return values;
}

/** The number naming a level's sums in this process. */
export function versionOf(values: Float64Array): number {
	return values[values.length - 1];
}

/** The split with each level whose sums are those of `before` given `before`'s array (and so its version). */
export function keepUnchangedLevels(before: LevelSplit, split: LevelSplit): LevelSplit {
	return split.map((levels, d) => {
		const kept = new Map<string, Float64Array>();
		for (const [level, values] of levels) {
			const old = before[d]?.get(level);
			let same = old !== undefined && old.length === values.length;
			for (let i = 0; same && i < values.length - 1; i++) same = old![i] === values[i];
			kept.set(level, same ? old! : values);
		}
		return kept;
	});
}
