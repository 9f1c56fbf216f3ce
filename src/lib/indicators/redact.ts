import type { CampaignReport } from './index';
import type { CellResult, Flag, IndicatorResult, LevelResult } from './types';

/** INDICATORS.md §5: donor and public views never show a count below 5, in any table or chart. */
export const SMALLEST_SHOWN_COUNT = 5;

/** A count as donors and the public may read it: null when below 5. */
export function showCount(count: number | null): number | null {
	return count !== null && count < SMALLEST_SHOWN_COUNT ? null : count;
}

const redacted = new WeakMap<CampaignReport, CampaignReport>();

/**
 * The report as donors and the public read it: every cell counted below 5 without its count (it is suppressed
 * already, below 25), and a flag that counts fewer than 5 responses saying only that there were a few. Kept with
 * the report, so that a kept report is put in each language once.
 */
export function hideSmallCounts(report: CampaignReport): CampaignReport {
	let done = redacted.get(report);
	if (!done) {
		done = { ...report, indicators: report.indicators.map(hideInIndicator), flags: report.flags.map(hideInFlag) };
		redacted.set(report, done);
	}
	return done;
}

function hideInIndicator(indicator: IndicatorResult): IndicatorResult {
	return {
		...indicator,
		cells: indicator.cells.map(hideInCell),
		disaggregations: Object.fromEntries(
			Object.entries(indicator.disaggregations).map(([dimension, levels]) => [dimension, levels?.map(hideInLevel)])
		)
	};
}

function hideInLevel(level: LevelResult): LevelResult {
	return { ...level, cells: level.cells.map(hideInCell) };
}

function hideInCell(cell: CellResult): CellResult {
	return cell.n === showCount(cell.n) ? cell : { ...cell, n: null };
}

function hideInFlag(flag: Flag): Flag {
	const counted = flag.sentence.params.count;
	if (!counted || !('count' in counted) || showCount(counted.count) !== null) return flag;
	// The share would tell the count again, given the cell's size: neither is said.
	return { ...flag, sentence: { key: `${flag.sentence.key}_few`, params: { fewest: { count: SMALLEST_SHOWN_COUNT } } } };
}
