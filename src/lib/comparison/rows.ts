import type { IndicatorId } from '../core-module';

export const SORTS = ['effect', 'country', 'date'] as const;
export type Sort = (typeof SORTS)[number];

/** One campaign of the comparison as the page, the chart and the CSV show it. */
export interface ComparisonRow {
	id: string;
	title: string;
	countries: string[];
	organisation: string;
	startDate: string;
	endDate: string;
	n: number;
	value: number;
	ciLow: number;
	ciHigh: number;
	pValue: number | null;
	weight: number | null;
	/** Against the comparison group (difference-in-differences), where there is one with enough answers; not pooled. */
	impact: Estimate | null;
}

export interface Estimate {
	value: number;
	ciLow: number;
	ciHigh: number;
	pValue: number | null;
}

/** The pool as shown: null when fewer than two campaigns are pooled (one campaign is its own estimate, not a pool). */
export interface PooledRow {
	k: number;
	value: number;
	ciLow: number;
	ciHigh: number;
	pValue: number | null;
	i2: number | null;
}

/** One indicator across the campaigns chosen, in the reader's language. */
export interface IndicatorComparison {
	indicator: IndicatorId;
	name: string;
	type: 'proportion' | 'mean';
	rows: ComparisonRow[];
	/** Null with fewer than two campaigns: there is nothing to pool. */
	pooled: PooledRow | null;
	excluded: { id: string; title: string; message: string }[];
}

/**
 * Rows in the order asked: by effect (largest change first), by country (then title), or by start date (earliest
 * first); ties keep their order by title so that the order is the same on every load.
 */
export function sortRows<T extends ComparisonRow>(rows: readonly T[], sort: Sort, locale: string): T[] {
	const collator = new Intl.Collator(locale);
	const byTitle = (a: T, b: T) => collator.compare(a.title, b.title);
	const order: Record<Sort, (a: T, b: T) => number> = {
		effect: (a, b) => b.value - a.value || byTitle(a, b),
		country: (a, b) => collator.compare(a.countries.join(','), b.countries.join(',')) || byTitle(a, b),
		date: (a, b) => a.startDate.localeCompare(b.startDate) || byTitle(a, b)
	};
	return [...rows].sort(order[sort]);
}
