import { changeInProportion, estimateProportion } from './proportions';

/** A panel's group: its baseline members (distinct panel codes) and, of those, the codes found at endline. */
export interface PanelGroup {
	baseline: number;
	retained: number;
}

export interface Retention {
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
}

/** Retention = retained / baseline with the Wilson interval (docs/standard.md §4.6). */
export function estimateRetention(group: PanelGroup, level = 0.95): Retention {
	const { value, ciLow, ciHigh } = estimateProportion({ x: group.retained, n: group.baseline }, level);
	return { value, ciLow, ciHigh };
}

/** The difference in retention, exposed − comparison, with Newcombe's interval. */
export function compareRetention(exposed: PanelGroup, comparison: PanelGroup, level = 0.95): Retention {
	const change = changeInProportion(
		{ x: comparison.retained, n: comparison.baseline },
		{ x: exposed.retained, n: exposed.baseline },
		level
	);
	return { value: change.value, ciLow: change.ciLow, ciHigh: change.ciHigh };
}
