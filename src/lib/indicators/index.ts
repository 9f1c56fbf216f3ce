import { CORE_MODULE_VERSION, INDICATORS } from '../core-module';
import { LEVEL_ORDER, type Dimension } from './dimensions';
import type { DesignFrame } from '../stats';
import { SIMPLE_DESIGN, type ReportDesign } from './design';
import { findFlags } from './flags';
import { reportPanel, type PanelCount, type RetentionDifference, type RetentionResult } from './panel';
import { reportIndicator } from './report';
import type { CellSums, Flag, IndicatorResult, LevelResult } from './types';

export * from './dimensions';
export * from './types';
export { LOW_PRECISION_BELOW, SUPPRESS_BELOW } from './report';
export { SIMPLE_DESIGN, type ReportDesign } from './design';
export type { PanelCount, RetentionDifference, RetentionResult } from './panel';

export interface CampaignReport {
	campaignId: string;
	moduleVersion: number;
	generatedAt: string;
	/** How the campaign was sampled, as its estimates take it into account. */
	design: ReportDesign;
	indicators: IndicatorResult[];
	flags: Flag[];
	/** A campaign that follows a panel: each group's retention from baseline to endline, and their difference. */
	retention?: RetentionResult[];
	retentionDifference?: RetentionDifference | null;
}

export interface ReportInput {
	campaignId: string;
	generatedAt: string;
	/** Sums per wave and group, for all respondents. */
	totals: readonly CellSums[];
	/** Sums per wave, group and level, for each dimension asked (sex and age band always: the flags need them). */
	byDimension: Partial<Record<Dimension, readonly CellSums[]>>;
	/** The region codes in the campaign's order. */
	regions: readonly string[];
	/** Under a complex design: the campaign's design frame (the cells carry their domains) and its description. */
	frame?: DesignFrame;
	/** A simple design when left out. */
	design?: ReportDesign;
	/** A campaign that follows a panel: each group's members at baseline and those found again at endline. */
	panel?: readonly PanelCount[];
}

/**
 * A campaign's report: every indicator of docs/standard.md §3 (primary ones first) with its cells, changes and
 * impact, for all respondents and for each level of each dimension asked, and the data-quality flags.
 */
export function buildCampaignReport(input: ReportInput, dimensions: readonly Dimension[]): CampaignReport {
	const ordered = [
		...INDICATORS.filter((indicator) => indicator.primary),
		...INDICATORS.filter((indicator) => !indicator.primary)
	];
	const indicators = ordered.map((definition): IndicatorResult => {
		const disaggregations: IndicatorResult['disaggregations'] = {};
		for (const dimension of dimensions) {
			const cells = input.byDimension[dimension] ?? [];
			disaggregations[dimension] = listLevels(dimension, cells, input.regions).map((level): LevelResult => ({
				level,
				...reportIndicator(
					definition,
					cells.filter((cell) => cell.level === level),
					input.frame
				)
			}));
		}
		return {
			id: definition.id,
			type: definition.type,
			direction: definition.direction,
			primary: definition.primary,
			...reportIndicator(definition, input.totals, input.frame),
			disaggregations
		};
	});
	const flags = findFlags(input.totals, input.byDimension.sex ?? [], input.byDimension.age_band ?? []);
	const panel = input.panel && reportPanel(input.panel);
	return {
		campaignId: input.campaignId,
		moduleVersion: CORE_MODULE_VERSION,
		generatedAt: input.generatedAt,
		design: input.design ?? SIMPLE_DESIGN,
		indicators,
		flags: panel ? [...flags, ...panel.flags] : flags,
		...(panel && { retention: panel.retention, retentionDifference: panel.retentionDifference })
	};
}

/** The levels found in the data, in the dimension's order (a region's: the campaign's), unknown ones last. */
function listLevels(dimension: Dimension, cells: readonly CellSums[], regions: readonly string[]): string[] {
	const found = new Set(cells.flatMap((cell) => (cell.level === null ? [] : [cell.level])));
	const order = dimension === 'region' ? regions : LEVEL_ORDER[dimension];
	return [...order.filter((level) => found.has(level)), ...[...found].filter((level) => !order.includes(level)).sort()];
}
