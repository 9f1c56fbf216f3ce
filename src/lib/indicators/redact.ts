import { findHiddenCells, placeOf, SMALLEST_SHOWN_COUNT, type CellPlace, type Hiding } from './complementary';
import { PLACEBO_RECALL_LIMIT, SAMPLE_MIX_LIMIT } from './flags';
import type { Dimension } from './dimensions';
import type { CampaignReport } from './index';
import type { RetentionResult } from './panel';
import type { CellResult, ChangeResult, Flag, ImpactResult, IndicatorResult, LevelResult } from './types';

export { SMALLEST_SHOWN_COUNT } from './complementary';

/** A count as donors and the public may read it: null when below 5. */
export function showCount(count: number | null): number | null {
	return count !== null && count < SMALLEST_SHOWN_COUNT ? null : count;
}

const redacted = new WeakMap<CampaignReport, CampaignReport>();

/**
 * The report as donors and the public read it: no count below 5, and no hidden count or value that the total
 * and the other levels of a dimension would give by subtraction (`findHiddenCells`); every change and impact
 * that needs a hidden cell is hidden too, and flags say no count below 5 nor a sample's mix to the point. Kept
 * with the report, so that a kept report is put in each language once.
 */
export function hideSmallCounts(report: CampaignReport): CampaignReport {
	let done = redacted.get(report);
	if (!done) {
		const indicators = report.indicators.map(hideInIndicator);
		const flags = report.flags.flatMap((flag) => hideInFlag(flag, indicators) ?? []);
		done = { ...report, indicators, flags };
		if (report.retention) {
			const retention = report.retention.map(hideInRetention);
			const hidden = retention.some((result, i) => result.value === null && report.retention![i].value !== null);
			done = { ...done, retention, retentionDifference: hidden ? null : report.retentionDifference };
		}
		redacted.set(report, done);
	}
	return done;
}

/** A panel's counts go where any of them, or the members lost, is from 1 to 4; the share with them (it gives them). */
function hideInRetention(result: RetentionResult): RetentionResult {
	const { baseline, retained } = result;
	if (baseline === null || retained === null) return result;
	const small = (n: number) => n > 0 && showCount(n) === null;
	if (!small(baseline) && !small(retained) && !small(baseline - retained)) return result;
	return { ...result, baseline: null, retained: null, value: null, ciLow: null, ciHigh: null };
}

function hideInIndicator(indicator: IndicatorResult): IndicatorResult {
	const hidden = findHiddenCells(indicator);
	return {
		...indicator,
		...hideInCells(indicator, hidden, null, null, indicator),
		disaggregations: Object.fromEntries(
			Object.entries(indicator.disaggregations).map(([dimension, levels]) => [
				dimension,
				levels?.map((level): LevelResult => ({
					...level,
					...hideInCells(indicator, hidden, dimension, level.level, level)
				}))
			])
		)
	};
}

const projected = new WeakMap<CampaignReport, Map<string, CampaignReport>>();

/**
 * The dimensions asked of the report as donors and the public read it. The cells hidden are chosen from the
 * full report (`full` splits by every dimension): a view by fewer dimensions hides what the full one does, so
 * that no view shows a total or a level that another view hides to protect a small group.
 */
export function hideSmallCountsIn(full: CampaignReport, dimensions: readonly Dimension[]): CampaignReport {
	const shown = hideSmallCounts(full);
	const key = [...dimensions].sort().join(',');
	const views = projected.get(shown) ?? new Map<string, CampaignReport>();
	projected.set(shown, views);
	let view = views.get(key);
	if (!view) {
		view = {
			...shown,
			indicators: shown.indicators.map((indicator) => ({
				...indicator,
				disaggregations: Object.fromEntries(
					dimensions.map((dimension) => [dimension, indicator.disaggregations[dimension]])
				)
			}))
		};
		views.set(key, view);
	}
	return view;
}

type Results = Pick<IndicatorResult, 'cells' | 'changes' | 'impact'>;

function hideInCells(
	indicator: IndicatorResult,
	hidden: Map<CellPlace, Hiding>,
	dimension: string | null,
	level: string | null,
	results: Results
): Results {
	const hidingOf = (cell: Pick<CellResult, 'wave' | 'group'>) => hidden.get(placeOf(dimension, level, cell));
	const valueHidden = (wave: CellResult['wave'], group: CellResult['group']) =>
		hidingOf({ wave, group })?.value ?? false;
	return {
		cells: results.cells.map((cell) => hideInCell(cell, hidingOf(cell))),
		changes: results.changes.map((change) =>
			valueHidden(change.from, change.group) || valueHidden(change.to, change.group)
				? hideChange(indicator, change)
				: change
		),
		impact:
			results.impact &&
			(['exposed', 'comparison'] as const).some(
				(group) => valueHidden(results.impact!.from, group) || valueHidden(results.impact!.to, group)
			)
				? hideImpact(indicator, results.impact)
				: results.impact
	};
}

function hideInCell(cell: CellResult, hiding: Hiding | undefined): CellResult {
	if (!hiding) return cell;
	const n = hiding.count ? null : cell.n;
	// A share's standard error √(p(1 − p)/n) and the effective sample size n / deff give the count: they go with it.
	if (!hiding.value) return n === cell.n ? cell : { ...cell, n, se: null, deff: null, effectiveN: null };
	return {
		...cell,
		n,
		value: null,
		ciLow: null,
		ciHigh: null,
		se: null,
		deff: null,
		effectiveN: null,
		suppressed: true,
		complementary: hiding.complementary,
		lowPrecision: false
	};
}

function hideChange(indicator: IndicatorResult, change: ChangeResult): ChangeResult {
	if (change.suppressed) return change;
	return {
		...change,
		value: null,
		ciLow: null,
		ciHigh: null,
		pValue: null,
		effectSize: null,
		se: null,
		suppressed: true,
		complementary: true,
		sentence: {
			key: 'sentence.change_hidden',
			params: { indicator: { indicator: indicator.id }, group: { group: change.group } }
		}
	};
}

function hideImpact(indicator: IndicatorResult, impact: ImpactResult): ImpactResult {
	if (impact.suppressed) return impact;
	return {
		...impact,
		value: null,
		ciLow: null,
		ciHigh: null,
		pValue: null,
		se: null,
		suppressed: true,
		complementary: true,
		sentence: { key: 'sentence.impact_hidden', params: { indicator: { indicator: indicator.id } } }
	};
}

/**
 * A flag as donors and the public read it, or null where it would say nothing but a count below 5. A count of
 * responses from 1 to 4, or the rest of the cell from 1 to 4 (the cell's count is shown beside it), is not said:
 * a quick-responses flag of fewer than 5 is left out, one of nearly all the cell says so in words, and the placebo
 * flag gives its share alone (the placebo indicator shows it too), or only that it passed 15% where that share
 * is hidden to protect a smaller group.
 */
function hideInFlag(flag: Flag, indicators: readonly IndicatorResult[]): Flag | null {
	// A mix's exact gap, with the waves' counts, can give a level's hidden count: only that it passed the limit is said.
	if (flag.code === 'sample_mix_sex' || flag.code === 'sample_mix_age_band')
		return {
			...flag,
			sentence: { key: `${flag.sentence.key}_beyond`, params: { limit: { points: SAMPLE_MIX_LIMIT } } }
		};
	const { count, share } = flag.sentence.params;
	if (!count || !('count' in count) || !share || !('percent' in share)) return flag;
	const rest = share.percent > 0 ? Math.round(count.count / share.percent) - count.count : 0;
	const small = (n: number) => n > 0 && showCount(n) === null;
	if (flag.code === 'placebo_recall_high') {
		const placebo = indicators.find((indicator) => indicator.id === 'EXP0');
		const cell = placebo?.cells.find((candidate) => candidate.wave === flag.wave && candidate.group === flag.group);
		if (!cell || cell.value === null)
			return {
				...flag,
				sentence: { key: 'flag.placebo_recall_high_beyond', params: { limit: { percent: PLACEBO_RECALL_LIMIT } } }
			};
		if (!small(count.count) && !small(rest)) return flag;
		return { ...flag, sentence: { key: 'flag.placebo_recall_high_share', params: { share } } };
	}
	if (small(count.count)) return null;
	if (small(rest)) return { ...flag, sentence: { key: `${flag.sentence.key}_most`, params: {} } };
	return flag;
}
