import type { ComparisonRow, Sort } from './types';

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
