import { INDICATORS, type IndicatorId } from '../core-module';
import type { Dimension } from './dimensions';
import { GROUPS, WAVES, type CellSums, type Group, type Sums, type Wave } from './types';

/**
 * Sums of the respondents of one wave and group who share a level of every dimension at once, as numbers in
 * the order of `SUMS_LAYOUT`: respondents, quick responses, then each indicator's n, sum and sum of squares.
 */
export interface LevelledSums {
	wave: Wave;
	group: Group;
	levels: Record<Dimension, string | null>;
	values: Float64Array;
}

export const SUMS_LAYOUT = { respondents: 0, quick: 1, indicators: 2, length: 2 + 3 * INDICATORS.length } as const;

/** Where an indicator's n is in `values` (its sum and sum of squares follow). */
export function indicatorOffset(index: number): number {
	return SUMS_LAYOUT.indicators + 3 * index;
}

/** A cell's place among the waves × groups. */
const WAVE_PLACE = Object.fromEntries(WAVES.map((wave, w) => [wave, w * GROUPS.length])) as Record<Wave, number>;
const GROUP_PLACE = Object.fromEntries(GROUPS.map((group, g) => [group, g])) as Record<Group, number>;
const CELL_COUNT = WAVES.length * GROUPS.length;

/**
 * Adds up the finest sums into the cells of all respondents (`dimension` null) or of each level of one
 * dimension. Sums of sums are exact: the report is the same as if the database had grouped by the dimension.
 * Cells come level by level (in the order met), each level's in the order of the waves and groups.
 */
export function rollUp(finest: readonly LevelledSums[], dimension: Dimension | null): CellSums[] {
	return rollUpEach(finest, [dimension])[0];
}

/** `rollUp` for several dimensions (null: all respondents) in one pass over the finest sums. */
export function rollUpEach(finest: readonly LevelledSums[], dimensions: readonly (Dimension | null)[]): CellSums[][] {
	const byLevel = dimensions.map(() => new Map<string | null, (Float64Array | undefined)[]>());
	const width = SUMS_LAYOUT.length;
	// A report adds up thousands of rows into each of its dimensions: plain loops, no closure or key text per row.
	for (const sums of finest) {
		const place = WAVE_PLACE[sums.wave] + GROUP_PLACE[sums.group];
		const values = sums.values;
		for (let d = 0; d < dimensions.length; d++) {
			const dimension = dimensions[d];
			const levels = byLevel[d];
			const level = dimension === null ? null : sums.levels[dimension];
			let cells = levels.get(level);
			if (cells === undefined) levels.set(level, (cells = new Array<Float64Array | undefined>(CELL_COUNT)));
			let into = cells[place];
			if (into === undefined) cells[place] = into = new Float64Array(width);
			for (let i = 0; i < width; i++) into[i] += values[i];
		}
	}
	return byLevel.map((levels) => {
		const rolled: CellSums[] = [];
		for (const [level, cells] of levels) {
			for (let place = 0; place < CELL_COUNT; place++) {
				const values = cells[place];
				if (values)
					rolled.push(
						toCellSums(WAVES[Math.floor(place / GROUPS.length)], GROUPS[place % GROUPS.length], level, values)
					);
			}
		}
		return rolled;
	});
}

function toCellSums(wave: Wave, group: Group, level: string | null, values: Float64Array): CellSums {
	const indicators = {} as Record<IndicatorId, Sums>;
	INDICATORS.forEach((indicator, index) => {
		const at = indicatorOffset(index);
		indicators[indicator.id] = { n: values[at], sum: values[at + 1], sumSquares: values[at + 2] };
	});
	return {
		wave,
		group,
		level,
		respondents: values[SUMS_LAYOUT.respondents],
		quick: values[SUMS_LAYOUT.quick],
		indicators
	};
}
