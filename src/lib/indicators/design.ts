import { INDICATORS, type IndicatorId } from '../core-module';
import { SINGLETON_STRATUM, designDegreesOfFreedom, type DesignDomain, type DesignFrame, type PsuSums } from '../stats';
import type { Dimension } from './dimensions';
import { GROUPS, WAVES, type CellSums, type Group, type Sums, type Wave } from './types';

/**
 * Design sums of the responses of one wave and group that share a level of every dimension and a PSU ('' for
 * those that are their own), as numbers: per indicator, in the order of INDICATORS, `DESIGN_VALUES` of them.
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

/** Per indicator: n, Σy, Σy², Σw, Σwy, Σwy², Σw², Σw²y, Σw²y². */
export const DESIGN_VALUES = 9;

/** How a report describes its campaign's design (docs/standard.md §4.6). */
export interface ReportDesign {
	type: 'simple' | 'complex';
	/** Primary sampling units and strata of the campaign; null for a simple design. */
	psus: number | null;
	strata: number | null;
	/** PSUs minus strata; null for a simple design. */
	df: number | null;
	/** Declared clusters among the PSUs (villages, neighbourhoods). */
	clusters: number;
	weighted: boolean;
	panel: boolean;
}

export const SIMPLE_DESIGN: ReportDesign = {
	type: 'simple',
	psus: null,
	strata: null,
	df: null,
	clusters: 0,
	weighted: false,
	panel: false
};

/** The campaign's design as its stored responses make it: every PSU with its stratum, and the singletons. */
export function buildFrame(rows: readonly LevelledDesignSums[], respondents: number): DesignFrame {
	const psus = new Map<string, string>();
	let placed = 0;
	for (const row of rows) {
		if (row.psu === '') continue;
		psus.set(row.psu, row.stratum);
		placed += row.respondents;
	}
	return { psus, singletons: Math.max(0, respondents - placed) };
}

/** What a report says of the design: counts of PSUs, strata, clusters, and whether it is weighted or a panel. */
export function describeDesign(rows: readonly LevelledDesignSums[], frame: DesignFrame): ReportDesign {
	if (rows.length === 0) return SIMPLE_DESIGN;
	const strata = new Set(frame.psus.values());
	if ((frame.singletons ?? 0) > 0) strata.add(SINGLETON_STRATUM);
	let weighted = false;
	for (const row of rows)
		for (let i = 0; i < INDICATORS.length && !weighted; i++) {
			const at = i * DESIGN_VALUES;
			// Σw ≠ n or Σw² ≠ n: a weight other than 1.
			weighted = row.values[at + 3] !== row.values[at] || row.values[at + 6] !== row.values[at];
		}
	const psuKeys = [...frame.psus.keys()];
	return {
		type: 'complex',
		psus: frame.psus.size + (frame.singletons ?? 0),
		strata: strata.size,
		df: designDegreesOfFreedom(frame),
		clusters: psuKeys.filter((psu) => psu.startsWith('c:')).length,
		weighted,
		panel: psuKeys.some((psu) => psu.startsWith('p:'))
	};
}

const WAVE_PLACE = Object.fromEntries(WAVES.map((wave, w) => [wave, w * GROUPS.length])) as Record<Wave, number>;
const GROUP_PLACE = Object.fromEntries(GROUPS.map((group, g) => [group, g])) as Record<Group, number>;
const WIDTH = INDICATORS.length * DESIGN_VALUES;

/**
 * Gives each cell (all respondents, or a level of `dimension`) its design domains: per indicator, its PSUs' sums
 * and its singletons' (those with a place in the design as stored, and the others, who weigh 1: the cell's sums
 * less the design sums).
 */
export function attachDesign(
	cells: readonly CellSums[],
	rows: readonly LevelledDesignSums[],
	dimension: Dimension | null
): CellSums[] {
	// Per level and cell, per PSU: the sums of every indicator, added in one pass over the rows.
	const grouped = new Map<string, Map<string, Float64Array>>();
	for (const row of rows) {
		const level = dimension === null ? null : row.levels[dimension];
		const key = `${WAVE_PLACE[row.wave] + GROUP_PLACE[row.group]}|${level ?? ''}`;
		let byPsu = grouped.get(key);
		if (!byPsu) grouped.set(key, (byPsu = new Map()));
		let into = byPsu.get(row.psu);
		if (!into) byPsu.set(row.psu, (into = new Float64Array(WIDTH)));
		const values = row.values;
		for (let i = 0; i < WIDTH; i++) into[i] += values[i];
	}
	return cells.map((cell) => {
		const byPsu = grouped.get(`${WAVE_PLACE[cell.wave] + GROUP_PLACE[cell.group]}|${cell.level ?? ''}`);
		const design = {} as Record<IndicatorId, DesignDomain>;
		INDICATORS.forEach((indicator, index) => {
			design[indicator.id] = buildDomain(cell.indicators[indicator.id], byPsu, index * DESIGN_VALUES);
		});
		return { ...cell, design };
	});
}

/**
 * A domain of the design from its plain sums (every response in it) and its design sums by PSU ('' for those
 * that are their own), an indicator's `DESIGN_VALUES` at `at`. Those without a place in the design weigh 1 and
 * are their own PSU: the plain sums less every design row's.
 */
export function buildDomain(
	plain: Sums,
	byPsu: ReadonlyMap<string, ArrayLike<number>> | undefined,
	at: number
): DesignDomain {
	// Those without a place in the design: the cell's sums less every design row's, weighing 1.
	let n = plain.n;
	let y = plain.sum;
	let yy = plain.sumSquares;
	const psus: PsuSums[] = [];
	const singletons = {
		n: 0,
		sum: 0,
		weight: 0,
		weighted: 0,
		weightedSquares: 0,
		squaredWeight: 0,
		squaredWeighted: 0,
		squaredWeightedSquares: 0
	};
	if (byPsu)
		for (const [psu, v] of byPsu) {
			n -= v[at];
			y -= v[at + 1];
			yy -= v[at + 2];
			if (v[at] === 0) continue;
			if (psu === '') {
				singletons.n += v[at];
				singletons.sum += v[at + 1];
				singletons.weight += v[at + 3];
				singletons.weighted += v[at + 4];
				singletons.weightedSquares += v[at + 5];
				singletons.squaredWeight += v[at + 6];
				singletons.squaredWeighted += v[at + 7];
				singletons.squaredWeightedSquares += v[at + 8];
			} else
				psus.push({
					psu,
					n: v[at],
					sum: v[at + 1],
					weight: v[at + 3],
					weighted: v[at + 4],
					weightedSquares: v[at + 5]
				});
		}
	// Sums of doubles: a remainder of 1e-9 is none.
	if (n > 0.5) {
		singletons.n += n;
		singletons.sum += y;
		singletons.weight += n;
		singletons.weighted += y;
		singletons.weightedSquares += yy;
		singletons.squaredWeight += n;
		singletons.squaredWeighted += y;
		singletons.squaredWeightedSquares += yy;
	}
	return singletons.n > 0 ? { psus, singletons } : { psus };
}
