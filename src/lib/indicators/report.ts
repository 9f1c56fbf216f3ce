import { INDICATORS, type IndicatorDefinition } from '../core-module';
import {
	changeInMean,
	changeInProportion,
	differenceInDifferences,
	estimateMean,
	estimateProportion,
	type Change,
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
}

/** One cell's estimate, suppressed below 25 respondents and of low precision below 50. */
export function estimateCell(definition: Definition, wave: Wave, group: Group, sums: Sums): Cell {
	const estimate =
		definition.type === 'proportion' ? estimateProportion({ x: sums.sum, n: sums.n }) : estimateMean(sums);
	const suppressed = sums.n < SUPPRESS_BELOW;
	return {
		sums,
		estimate,
		result: {
			wave,
			group,
			n: sums.n,
			value: suppressed ? null : estimate.value,
			ciLow: suppressed ? null : estimate.ciLow,
			ciHigh: suppressed ? null : estimate.ciHigh,
			suppressed,
			complementary: false,
			lowPrecision: !suppressed && sums.n < LOW_PRECISION_BELOW
		}
	};
}

/** The cells of one indicator (of one level of a dimension, or of all respondents), in the order of the waves and groups. */
function placeCells(definition: Definition, cells: readonly CellSums[]): { wave: Wave; group: Group; sums: Sums }[] {
	const placed: { wave: Wave; group: Group; sums: Sums }[] = [];
	for (const wave of WAVES) {
		for (const group of GROUPS) {
			const cell = cells.find((candidate) => candidate.wave === wave && candidate.group === group);
			if (cell) placed.push({ wave, group, sums: cell.indicators[definition.id] });
		}
	}
	return placed;
}

function estimateCells(
	definition: Definition,
	placed: readonly { wave: Wave; group: Group; sums: Sums }[]
): Map<string, Cell> {
	return new Map(
		placed.map(({ wave, group, sums }) => [`${wave}:${group}`, estimateCell(definition, wave, group, sums)])
	);
}

function compareWaves(definition: Definition, from: Cell, to: Cell): Change {
	if (definition.type === 'proportion')
		return changeInProportion({ x: from.sums.sum, n: from.sums.n }, { x: to.sums.sum, n: to.sums.n });
	return changeInMean(from.sums, to.sums);
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
	const did = differenceInDifferences({
		exposedFrom: exposedFrom.estimate,
		exposedTo: exposedTo.estimate,
		comparisonFrom: comparisonFrom.estimate,
		comparisonTo: comparisonTo.estimate
	});
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
		suppressed,
		complementary: false,
		sentence: describeImpact(definition, { ...shown, suppressed })
	};
}

type IndicatorCells = Pick<IndicatorResult, 'cells' | 'changes' | 'impact'>;

// A report is made again when any response changes, but a new response changes one level of each dimension:
// every other level's sums, and so its results, are the same as before. Results are kept by what they are
// computed from (the indicator and its cells' sums), shared by the reports: never changed. A few thousand,
// some ten full reports.
const keptResults = new Kept<IndicatorCells>(5_000);

/** Cells, changes and impact of one indicator, for the respondents of `cells` (all of them, or one level's). */
export function reportIndicator(definition: Definition, cells: readonly CellSums[]): IndicatorCells {
	const placed = placeCells(definition, cells);
	const key = `${definition.id}|${placed.map(({ wave, group, sums }) => `${wave}:${group}:${sums.n}:${sums.sum}:${sums.sumSquares}`).join('|')}`;
	const kept = keptResults.get(key);
	if (kept) return kept;
	const estimated = estimateCells(definition, placed);
	const result = {
		cells: [...estimated.values()].map((cell) => cell.result),
		changes: listChanges(definition, estimated),
		impact: findImpact(definition, estimated)
	};
	// Frozen where the tests run, so that code changing a shared result fails there; freezing a report costs
	// as much as a tenth of making it.
	if (import.meta.env?.DEV) deepFreeze(result);
	keptResults.set(key, result);
	return result;
}

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}
