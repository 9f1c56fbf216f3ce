import { compareRetention, estimateRetention } from '../stats';
import { SUPPRESS_BELOW } from './report';
import { GROUPS, type Flag, type Group } from './types';

/** docs/standard.md §4.6: retention under 70% in a group, or differing by more than 10 points between groups. */
export const RETENTION_LIMIT = 0.7;
export const RETENTION_GAP_LIMIT = 0.1;

/** A group's panel: its members at baseline (distinct panel codes) and, of those, the codes found at endline. */
export interface PanelCount {
	group: Group;
	baseline: number;
	retained: number;
}

/** A group's retention with its Wilson interval; counts null where they are hidden, value null below 25 members. */
export interface RetentionResult {
	group: Group;
	baseline: number | null;
	retained: number | null;
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
}

export interface RetentionDifference {
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
}

export interface PanelReport {
	retention: RetentionResult[];
	/** Exposed − comparison, with Newcombe's interval; null without both groups. */
	retentionDifference: RetentionDifference | null;
	flags: Flag[];
}

/** Each group's retention, the difference between the groups, and the §4.6 flags. */
export function reportPanel(counts: readonly PanelCount[]): PanelReport {
	const shown = GROUPS.flatMap((group) => counts.filter((count) => count.group === group && count.baseline > 0));
	const retention = shown.map((count): RetentionResult => {
		const suppressed = count.baseline < SUPPRESS_BELOW;
		const estimate = estimateRetention(count);
		return {
			group: count.group,
			baseline: count.baseline,
			retained: count.retained,
			value: suppressed ? null : estimate.value,
			ciLow: suppressed ? null : estimate.ciLow,
			ciHigh: suppressed ? null : estimate.ciHigh
		};
	});
	const flags: Flag[] = [];
	for (const result of retention)
		if (result.value !== null && result.value < RETENTION_LIMIT)
			flags.push({
				code: 'retention_low',
				wave: 'endline',
				group: result.group,
				sentence: { key: 'flag.retention_low', params: { limit: { percent: RETENTION_LIMIT } } }
			});
	const exposed = shown.find((count) => count.group === 'exposed');
	const comparison = shown.find((count) => count.group === 'comparison');
	const bothShown = retention.length === 2 && retention.every((result) => result.value !== null);
	const retentionDifference = exposed && comparison && bothShown ? compareRetention(exposed, comparison) : null;
	if (retentionDifference?.value != null && Math.abs(retentionDifference.value) > RETENTION_GAP_LIMIT)
		flags.push({
			code: 'retention_differs',
			wave: 'endline',
			group: 'exposed',
			sentence: { key: 'flag.retention_differs', params: { limit: { points: RETENTION_GAP_LIMIT } } }
		});
	return { retention, retentionDifference, flags };
}
