import { isOneClusterDomain, markFromOneCluster } from './one-cluster';
import { INDICATORS, type IndicatorDefinition, type IndicatorId } from '../core-module';
import {
	changeInMean,
	changeInProportion,
	designCohensH,
	designHedgesG,
	differenceInDifferences,
	estimateDesignContrast,
	estimateDesignMean,
	estimateDesignProportion,
	estimateMean,
	estimateProportion,
	seFromInterval,
	type DesignDomain,
	type DesignEstimate,
	type DesignFrame,
	type DesignTerm,
	type Estimate
} from '../stats';
import { Kept } from '../kept';
import { describeChange, describeImpact } from './sentences';
import {
	GROUPS,
	WAVES,
	type CellResult,
	type CellSums,
	type ChangeResult,
	type Group,
	type ImpactResult,
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

type Compared = Omit<ChangeResult, 'group' | 'from' | 'to' | 'suppressed' | 'complementary' | 'sentence'>;

/** A change between two cells: design-based when both have a domain in the campaign's design, else §4's. */
function compareWaves(definition: Definition, from: Cell, to: Cell): Compared {
	if (from.design && to.design) {
		const contrast = estimateDesignContrast(from.design.frame, [
			{ coefficient: -1, domain: from.design.domain },
			{ coefficient: 1, domain: to.design.domain }
		]);
		const proportion = definition.type === 'proportion';
		return {
			value: contrast.value,
			ciLow: contrast.ciLow,
			ciHigh: contrast.ciHigh,
			pValue: contrast.pValue,
			effectSize: (proportion ? designCohensH : designHedgesG)(from.design.estimate, to.design.estimate),
			effectSizeKind: proportion ? 'cohens_h' : 'hedges_g',
			se: contrast.se,
			df: contrast.df
		};
	}
	const change =
		definition.type === 'proportion'
			? changeInProportion({ x: from.sums.sum, n: from.sums.n }, { x: to.sums.sum, n: to.sums.n })
			: changeInMean(from.sums, to.sums);
	const { value, ciLow, ciHigh, pValue, effectSize, effectSizeKind } = change;
	const se = ciLow === null || ciHigh === null ? null : seFromInterval(ciLow, ciHigh);
	return { value, ciLow, ciHigh, pValue, effectSize, effectSizeKind, se, df: null };
}

/** A change within one group between two of its cells; suppressed when either cell is. */
export function reportChange(definition: Definition, from: Cell, to: Cell): ChangeResult {
	const suppressed = from.result.suppressed || to.result.suppressed;
	const change = compareWaves(definition, from, to);
	const shown = {
		value: suppressed ? null : change.value,
		ciLow: suppressed ? null : change.ciLow,
		ciHigh: suppressed ? null : change.ciHigh,
		pValue: suppressed ? null : change.pValue,
		effectSize: suppressed ? null : change.effectSize
	};
	return {
		group: to.result.group,
		from: from.result.wave,
		to: to.result.wave,
		...shown,
		effectSizeKind: change.effectSizeKind,
		se: suppressed ? null : change.se,
		df: change.df,
		suppressed,
		complementary: false,
		sentence: describeChange(definition, to.result.group, {
			from: from.result,
			to: to.result,
			change: shown,
			suppressed
		})
	};
}

/** Within each group, from the baseline to each later wave. */
function listChanges(definition: Definition, cells: Map<string, Cell>): ChangeResult[] {
	const changes: ChangeResult[] = [];
	for (const group of GROUPS) {
		const from = cells.get(`baseline:${group}`);
		if (!from) continue;
		for (const to of WAVES.slice(1)) {
			const later = cells.get(`${to}:${group}`);
			if (later) changes.push(reportChange(definition, from, later));
		}
	}
	return changes;
}

/** The difference-in-differences from the baseline to the endline, when both groups have both waves. */
export function findImpact(
	definition: Definition,
	cells: Map<string, Cell>,
	to: Wave = 'endline'
): ImpactResult | null {
	const four = (['exposed', 'comparison'] as Group[]).flatMap((group) => [
		cells.get(`baseline:${group}`),
		cells.get(`${to}:${group}`)
	]);
	if (four.some((cell) => cell === undefined)) return null;
	const [exposedFrom, exposedTo, comparisonFrom, comparisonTo] = four as Cell[];
	const suppressed = four.some((cell) => cell!.result.suppressed);
	const did = estimateImpact(four as Cell[]);
	const shown = {
		value: suppressed ? null : did.value,
		ciLow: suppressed ? null : did.ciLow,
		ciHigh: suppressed ? null : did.ciHigh,
		pValue: suppressed ? null : did.pValue
	};
	return {
		from: 'baseline',
		to,
		...shown,
		se: suppressed ? null : did.se,
		df: did.df,
		suppressed,
		complementary: false,
		sentence: describeImpact(definition, { ...shown, suppressed })
	};
}

/** (E₂ − E₁) − (C₂ − C₁): under a complex design, one contrast of the four domains (§4.6), else §4's. */
function estimateImpact([exposedFrom, exposedTo, comparisonFrom, comparisonTo]: Cell[]) {
	const designs = [exposedFrom, exposedTo, comparisonFrom, comparisonTo].map((cell) => cell.design);
	if (designs.every((design) => design !== undefined)) {
		const terms: DesignTerm[] = [-1, 1, 1, -1].map((coefficient, i) => ({ coefficient, domain: designs[i]!.domain }));
		return estimateDesignContrast(designs[0]!.frame, terms);
	}
	const did = differenceInDifferences({
		exposedFrom: exposedFrom.estimate,
		exposedTo: exposedTo.estimate,
		comparisonFrom: comparisonFrom.estimate,
		comparisonTo: comparisonTo.estimate
	});
	return { ...did, df: null };
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
