import {
	changeInMean,
	changeInProportion,
	designCohensH,
	designHedgesG,
	differenceInDifferences,
	estimateDesignContrast,
	seFromInterval,
	type DesignTerm
} from '../stats';
import type { Cell, Definition } from './report';
import { describeChange, describeImpact } from './sentences';
import { GROUPS, WAVES, type ChangeResult, type Group, type ImpactResult, type Wave } from './types';

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
export function listChanges(definition: Definition, cells: Map<string, Cell>): ChangeResult[] {
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
