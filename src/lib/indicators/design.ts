import { INDICATORS, type IndicatorId } from '../core-module';
import { SINGLETON_STRATUM, designDegreesOfFreedom, type DesignDomain, type DesignFrame } from '../stats';
import { PackedDomain, type PsuTable } from '../stats/design-domain';
import { FULL_PLACES, PSU_PLACES, versionOf, type PsuDesignSums, type SumPlaces } from './design-psus';
export { DESIGN_VALUES, DESIGN_WIDTH, type LevelledDesignSums, type PsuDesignSums } from './design-psus';
import { DIMENSIONS, type Dimension } from './dimensions';
import { Kept } from '../kept';
import { GROUPS, WAVES, type CellSums, type Group, type Sums, type Wave } from './types';

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
export function buildFrame(rows: readonly PsuDesignSums[], respondents: number): DesignFrame {
	const psus = new Map<string, string>();
	let placed = 0;
	for (const row of rows) {
		if (row.psu === '') continue;
		psus.set(row.psu, row.stratum);
		placed += row.respondents;
	}
	return { psus, singletons: Math.max(0, respondents - placed) };
}

/**
 * What a report says of the design: counts of PSUs, strata, clusters, and whether it is weighted or a panel.
 * `panelled`: whether baseline respondents carry panel codes (members interviewed in a cluster have the cluster
 * for their PSU, not a PSU of their own).
 */
export function describeDesign(rows: readonly PsuDesignSums[], frame: DesignFrame, panelled = false): ReportDesign {
	if (rows.length === 0) return SIMPLE_DESIGN;
	const strata = new Set(frame.psus.values());
	if ((frame.singletons ?? 0) > 0) strata.add(SINGLETON_STRATUM);
	const psuKeys = [...frame.psus.keys()];
	return {
		type: 'complex',
		psus: frame.psus.size + (frame.singletons ?? 0),
		strata: strata.size,
		df: designDegreesOfFreedom(frame),
		clusters: psuKeys.filter((psu) => psu.startsWith('c:')).length,
		weighted: rows.some((row) => row.weighted),
		panel: panelled || psuKeys.some((psu) => psu.startsWith('p:'))
	};
}

const WAVE_PLACE = Object.fromEntries(WAVES.map((wave, w) => [wave, w * GROUPS.length])) as Record<Wave, number>;
const GROUP_PLACE = Object.fromEntries(GROUPS.map((group, g) => [group, g])) as Record<Group, number>;

/**
 * Gives each cell (all respondents, or a level of `dimension`) its design domains: per indicator, its PSUs' sums
 * and its singletons' (those with a place in the design as stored, and the others, who weigh 1: the cell's sums
 * less the design sums), each made when first read.
 */
export function attachDesign(
	cells: readonly CellSums[],
	psus: readonly PsuDesignSums[],
	dimension: Dimension | null
): CellSums[] {
	// Per level and cell, per PSU: the sums of every indicator (a PSU is in one wave and group per entry).
	const grouped = new Map<string, Map<string, Float64Array>>();
	// And what they are made of: the versions of those sums (of all levels, for the whole cell).
	const made = new Map<string, number[]>();
	const add = (key: string, psu: string, values: Float64Array): number[] => {
		let byPsu = grouped.get(key);
		if (!byPsu) grouped.set(key, (byPsu = new Map()));
		byPsu.set(psu, values);
		let listed = made.get(key);
		if (!listed) made.set(key, (listed = []));
		return listed;
	};
	const d = dimension === null ? -1 : DIMENSIONS.indexOf(dimension);
	// Per cell, its respondents with a place in the design, and all of them: `cells` are every level of the
	// dimension and the cell's respondents without one, as `rollUp` gives them.
	const placed = new Map<number, number>();
	const counted = new Map<number, number>();
	for (const cell of cells) {
		const at = WAVE_PLACE[cell.wave] + GROUP_PLACE[cell.group];
		counted.set(at, (counted.get(at) ?? 0) + cell.respondents);
	}
	for (const row of psus) {
		const cell = WAVE_PLACE[row.wave] + GROUP_PLACE[row.group];
		placed.set(cell, (placed.get(cell) ?? 0) + row.respondents);
		if (d < 0) {
			const listed = add(`${cell}|`, row.psu, row.totals);
			for (const values of row.levels[0]?.values() ?? []) listed.push(versionOf(values));
		} else
			for (const [level, values] of row.levels[d]) add(`${cell}|${level}`, row.psu, values).push(versionOf(values));
	}
	return cells.map((cell) => {
		const at = WAVE_PLACE[cell.wave] + GROUP_PLACE[cell.group];
		const key = `${at}|${cell.level ?? ''}`;
		const everyonePlaced = placed.get(at) === counted.get(at);
		return {
			...cell,
			design: new CellDomains(cell.indicators, grouped.get(key), everyonePlaced) as unknown as Record<
				IndicatorId,
				DesignDomain
			>,
			// The domains of a cell's level depend on its PSUs' sums there, and on nothing else of the design.
			designKey: nameOf(`${dimension ?? ''}|${key}|${made.get(key)?.join(',') ?? ''}`)
		};
	});
}

// Long names (a level's PSUs' versions) by short ones, the results kept under them being many.
const names = new Kept<string>(10_000);
let named = 0;

function nameOf(long: string): string {
	let name = names.get(long);
	if (name === undefined) names.set(long, (name = `d${++named}`));
	return name;
}

/** A cell's domains, one per indicator, each made when first read. */
class CellDomains {
	readonly #made: (DesignDomain | undefined)[] = [];
	readonly #plain: Record<IndicatorId, Sums>;
	readonly #byPsu: ReadonlyMap<string, ArrayLike<number>> | undefined;
	readonly #everyonePlaced: boolean;

	constructor(
		plain: Record<IndicatorId, Sums>,
		byPsu: ReadonlyMap<string, ArrayLike<number>> | undefined,
		everyonePlaced: boolean
	) {
		this.#plain = plain;
		this.#byPsu = byPsu;
		this.#everyonePlaced = everyonePlaced;
	}

	static {
		INDICATORS.forEach((indicator, index) =>
			Object.defineProperty(CellDomains.prototype, indicator.id, {
				enumerable: true,
				get(this: CellDomains): DesignDomain {
					return (this.#made[index] ??= buildDomain(
						this.#plain[indicator.id],
						this.#byPsu,
						REPORT_LAYOUT,
						index,
						this.#everyonePlaced
					));
				}
			})
		);
	}
}

/**
 * Where each indicator's sums are in the values of a PSU and in those of the responses that are their own PSU
 * (''), in a report; a comparison's are one indicator's, `DESIGN_VALUES` of them.
 */
export interface DesignLayout {
	psu: readonly SumPlaces[];
	own: readonly SumPlaces[];
}

const REPORT_LAYOUT: DesignLayout = { psu: PSU_PLACES, own: FULL_PLACES };

export const ONE_INDICATOR_LAYOUT: DesignLayout = { psu: FULL_PLACES.slice(0, 1), own: FULL_PLACES.slice(0, 1) };

/**
 * The PSUs of a cell (and the sums of its responses that are their own, '') as a table per indicator, with each
 * indicator's n, Σy, Σy² over all its rows (`sums`, 3 per indicator): what gives its singletons.
 */
interface CellBlock {
	tables: PsuTable[];
	all: Int32Array;
	sums: Float64Array;
	own?: ArrayLike<number>;
}

const blocks = new WeakMap<ReadonlyMap<string, ArrayLike<number>>, CellBlock>();

// 0, 1, 2, …: the members of a block's domains, every one of its PSUs.
let everyPlace = new Int32Array(0);

function blockOf(byPsu: ReadonlyMap<string, ArrayLike<number>>, layout: DesignLayout, withSums: boolean): CellBlock {
	let block = blocks.get(byPsu);
	// A cell's map is read with or without sums, always the same way: the first read decides.
	if (!block) {
		const psus: string[] = [];
		const rows: ArrayLike<number>[] = [];
		let own: ArrayLike<number> | undefined;
		const variables = layout.psu.length;
		const sums = new Float64Array(withSums ? 3 * variables : 0);
		for (const [psu, values] of byPsu) {
			const places = psu === '' ? layout.own : layout.psu;
			for (let i = 0; withSums && i < variables; i++) {
				sums[3 * i] += values[places[i].n];
				sums[3 * i + 1] += values[places[i].sum];
				sums[3 * i + 2] += values[places[i].squares];
			}
			if (psu === '') own = values;
			else {
				psus.push(psu);
				rows.push(values);
			}
		}
		if (everyPlace.length < psus.length) everyPlace = Int32Array.from({ length: 2 * psus.length }, (_, r) => r);
		const tables = layout.psu.map((at, variable) => ({ psus, rows, at, shared: { variables: layout.psu, variable } }));
		blocks.set(byPsu, (block = { tables, all: everyPlace.subarray(0, psus.length), sums, own }));
	}
	return block;
}

const NO_PSUS: CellBlock = { tables: [], all: new Int32Array(0), sums: new Float64Array(0) };
const NO_TABLE: PsuTable = { psus: [], rows: [], at: FULL_PLACES[0] };

/**
 * A domain of the design from its plain sums (every response in it) and its design sums by PSU ('' for those
 * that are their own), an indicator's (the `indicator`-th of `layout`). Those without a place in the design weigh
 * 1 and are their own PSU: the plain sums less every design row's (none when `everyonePlaced`).
 */
export function buildDomain(
	plain: Sums,
	byPsu: ReadonlyMap<string, ArrayLike<number>> | undefined,
	layout: DesignLayout,
	indicator: number,
	everyonePlaced = false
): DesignDomain {
	// Those without a place in the design: the cell's sums less every design row's, weighing 1.
	let n = plain.n;
	let y = plain.sum;
	let yy = plain.sumSquares;
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
	const block = byPsu ? blockOf(byPsu, layout, !everyonePlaced) : NO_PSUS;
	if (everyonePlaced) n = 0;
	else if (block.sums.length > 0) {
		n -= block.sums[3 * indicator];
		y -= block.sums[3 * indicator + 1];
		yy -= block.sums[3 * indicator + 2];
	}
	const v = block.own;
	if (v) {
		const own = layout.own[indicator];
		singletons.n += v[own.n];
		singletons.sum += v[own.sum];
		singletons.weight += v[own.weight];
		singletons.weighted += v[own.weighted];
		singletons.weightedSquares += v[own.weightedSquares];
		singletons.squaredWeight += v[own.squaredWeight];
		singletons.squaredWeighted += v[own.squaredWeighted];
		singletons.squaredWeightedSquares += v[own.squaredWeightedSquares];
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
	return new PackedDomain(block.tables[indicator] ?? NO_TABLE, block.all, singletons.n > 0 ? singletons : undefined);
}
