import { INDICATORS } from '../core-module';
import { DIMENSIONS, type Dimension } from './dimensions';
import type { Group, Wave } from './types';

/** Per indicator: n, Σy, Σy², Σw, Σwy, Σwy², Σw², Σw²y, Σw²y². */
export const DESIGN_VALUES = 9;

/** The design sums of a set of responses: `DESIGN_VALUES` per indicator, in the order of INDICATORS. */
export const DESIGN_WIDTH = INDICATORS.length * DESIGN_VALUES;

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
 * Per dimension, in the order of DIMENSIONS: each level's ('' for none) design sums, `DESIGN_STRIDE` numbers: its
 * `DESIGN_WIDTH` sums, then the version naming them in this process (`versionOf`).
 */
export type LevelSplit = Map<string, Float64Array>[];

export const DESIGN_STRIDE = DESIGN_WIDTH + 1;

/** A PSU's design sums in one wave and group ('' for the responses that are their own PSU): in all and by level. */
export interface PsuDesignSums {
	wave: Wave;
	group: Group;
	psu: string;
	stratum: string;
	respondents: number;
	totals: Float64Array;
	levels: LevelSplit;
}

/** One PSU's rows (of one wave and group) added up by each dimension's level. */
export function splitByLevel(rows: readonly LevelledDesignSums[]): LevelSplit {
	const split: LevelSplit = DIMENSIONS.map(() => new Map());
	for (const row of rows)
		DIMENSIONS.forEach((dimension, d) => {
			const level = row.levels[dimension] ?? '';
			let into = split[d].get(level);
			if (!into) split[d].set(level, (into = nameLevelSums(new Float64Array(DESIGN_STRIDE))));
			for (let i = 0; i < DESIGN_WIDTH; i++) into[i] += row.values[i];
		});
	return split;
}

/** The PSU's sums over every level: every respondent has one level (or none) of the first dimension. */
export function addUpLevels(split: LevelSplit): Float64Array {
	const totals = new Float64Array(DESIGN_WIDTH);
	for (const values of split[0]?.values() ?? []) for (let i = 0; i < DESIGN_WIDTH; i++) totals[i] += values[i];
	return totals;
}

// Sums are never changed once made: the same version, the same sums.
let versionsGiven = 0;

/** Gives a level's sums (`DESIGN_STRIDE` numbers) a version of their own. */
export function nameLevelSums(values: Float64Array): Float64Array {
	values[DESIGN_WIDTH] = ++versionsGiven;
	return values;
}

/** The number naming a level's sums in this process. */
export function versionOf(values: Float64Array): number {
	return values[DESIGN_WIDTH];
}

/** The split with each level whose sums are those of `before` given `before`'s array (and so its version). */
export function keepUnchangedLevels(before: LevelSplit, split: LevelSplit): LevelSplit {
	return split.map((levels, d) => {
		const kept = new Map<string, Float64Array>();
		for (const [level, values] of levels) {
			const old = before[d]?.get(level);
			let same = old !== undefined;
			for (let i = 0; same && i < DESIGN_WIDTH; i++) same = old![i] === values[i];
			kept.set(level, same ? old! : values);
		}
		return kept;
	});
}
