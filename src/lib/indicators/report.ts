import { isOneClusterDomain, markFromOneCluster } from './one-cluster';
import { INDICATORS, type IndicatorDefinition, type IndicatorId } from '../core-module';
import {
	estimateDesignMean,
	estimateDesignProportion,
	estimateMean,
	estimateProportion,
	type DesignDomain,
	type DesignEstimate,
	type DesignFrame,
	type Estimate
} from '../stats';
import { Kept } from '../kept';
import { findImpact, listChanges } from './changes';
import {
	GROUPS,
	WAVES,
	type CellResult,
	type CellSums,
	type Group,
	type IndicatorResult,
	type Sums,
	type Wave
} from './types';

/** docs/standard.md §5: fewer than 25 respondents in a cell, nothing is shown; 25 to 49, it is shown as of low precision. */
export const SUPPRESS_BELOW = 25;
export const LOW_PRECISION_BELOW = 50;

export type Definition = IndicatorDefinition & { id: (typeof INDICATORS)[number]['id'] };

export interface Cell {
	result: CellResult;
	estimate: Estimate;
	sums: Sums;
	/** Under a complex design: the campaign's frame, the cell's domain and its design-based estimate. */
	design?: { frame: DesignFrame; domain: DesignDomain; estimate: DesignEstimate };
}

/** Where a cell stands in the campaign's design, when it has one. */
export interface CellDesign {
	frame: DesignFrame;
	domain: DesignDomain;
}

/**
 * One cell's estimate, suppressed below 25 respondents (counted unweighted) and of low precision below 50:
 * under a complex design, design-based (docs/standard.md §4.6), else §4's.
 */
export function estimateCell(definition: Definition, wave: Wave, group: Group, sums: Sums, placed?: CellDesign): Cell {
	const estimate =
		definition.type === 'proportion' ? estimateProportion({ x: sums.sum, n: sums.n }) : estimateMean(sums);
	const design = placed && {
		...placed,
		estimate: (definition.type === 'proportion' ? estimateDesignProportion : estimateDesignMean)(
			placed.frame,
			placed.domain
		)
	};
	const shown = design
		? design.estimate
		: {
				...estimate,
				se: estimate.variance === null ? null : Math.sqrt(estimate.variance),
				deff: estimate.value === null ? null : 1,
				effectiveN: estimate.value === null ? null : sums.n
			};
	const suppressed = sums.n < SUPPRESS_BELOW;
	const result: CellResult = {
		wave,
		group,
		n: sums.n,
		value: suppressed ? null : shown.value,
		ciLow: suppressed ? null : shown.ciLow,
		ciHigh: suppressed ? null : shown.ciHigh,
		se: suppressed ? null : shown.se,
		deff: suppressed ? null : shown.deff,
		effectiveN: suppressed ? null : shown.effectiveN,
		suppressed,
		complementary: false,
		lowPrecision: !suppressed && sums.n < LOW_PRECISION_BELOW
	};
	if (placed && isOneClusterDomain(placed.domain)) markFromOneCluster(result);
	return { sums, estimate, design, result };
}

/** The cells of one indicator (of one level of a dimension, or of all respondents), in the order of the waves and groups. */
interface PlacedCell {
	wave: Wave;
	group: Group;
	sums: Sums;
	/** Its domain, under a complex design (made when read). */
	design: Record<IndicatorId, DesignDomain> | undefined;
}

function placeCells(definition: Definition, cells: readonly CellSums[]): PlacedCell[] {
	const placed: PlacedCell[] = [];
	for (const wave of WAVES) {
		for (const group of GROUPS) {
			const cell = cells.find((candidate) => candidate.wave === wave && candidate.group === group);
			if (cell) placed.push({ wave, group, sums: cell.indicators[definition.id], design: cell.design });
		}
	}
	return placed;
}

function estimateCells(
	definition: Definition,
	placed: readonly PlacedCell[],
	frame: DesignFrame | undefined
): Map<string, Cell> {
	return new Map(
		placed.map(({ wave, group, sums, design }) => {
			const domain = design?.[definition.id];
			return [`${wave}:${group}`, estimateCell(definition, wave, group, sums, frame && domain && { frame, domain })];
		})
	);
}

type IndicatorCells = Pick<IndicatorResult, 'cells' | 'changes' | 'impact'>;

// A report is made again when any response changes, but a new response changes one level of each dimension:
// every other level's sums, and so its results, are the same as before. Results are kept by what they are
// computed from (the indicator and its cells' sums), shared by the reports: never changed. A few thousand,
// some ten full reports.
const keptResults = new Kept<IndicatorCells>(5_000);

/**
 * Cells, changes and impact of one indicator, for the respondents of `cells` (all of them, or one level's); with
 * the campaign's design frame, design-based wherever the cells carry their domains.
 */
export function reportIndicator(
	definition: Definition,
	cells: readonly CellSums[],
	frame?: DesignFrame
): IndicatorCells {
	const placed = placeCells(definition, cells);
	// Design-based results depend on the whole campaign's frame and on what the cells' domains are made of too.
	const designed = frame ? [frameKeyOf(frame), ...cells.map((cell) => cell.designKey)] : [];
	const key = designed.includes(undefined)
		? null
		: `${definition.id}|${placed.map(({ wave, group, sums }) => `${wave}:${group}:${sums.n}:${sums.sum}:${sums.sumSquares}`).join('|')}|${designed.join('|')}`;
	const kept = key === null ? undefined : keptResults.get(key);
	if (kept) return kept;
	const estimated = estimateCells(definition, placed, frame);
	const result = {
		cells: [...estimated.values()].map((cell) => cell.result),
		changes: listChanges(definition, estimated),
		impact: findImpact(definition, estimated)
	};
	// Frozen where the tests run, so that code changing a shared result fails there; freezing a report costs
	// as much as a tenth of making it.
	if (import.meta.env?.DEV) deepFreeze(result);
	if (key !== null) keptResults.set(key, result);
	return result;
}

// A frame by what it is made of: its PSUs, their strata and its singletons (a short name for each, in this process).
const frameNames = new WeakMap<DesignFrame, string>();
const namesOfFrames = new Kept<string>(64);
let framesNamed = 0;

function frameKeyOf(frame: DesignFrame): string {
	let name = frameNames.get(frame);
	if (name === undefined) {
		const made = `${frame.singletons ?? 0}|${[...frame.psus].map(([psu, stratum]) => `${psu}\u0000${stratum}`).join('\u0001')}`;
		name = namesOfFrames.get(made);
		if (name === undefined) namesOfFrames.set(made, (name = `frame${++framesNamed}`));
		frameNames.set(frame, name);
	}
	return name;
}

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}
