import { SUPPRESS_BELOW, type CampaignReport, type ReportInput } from '$lib/indicators';
import { SMALLEST_SHOWN_COUNT } from '$lib/indicators/redact';
import type { IndicatorId } from '$lib/core-module';
import type { CellResult, IndicatorResult, Sums } from '$lib/indicators/types';

/** A hidden number that subtraction gave back exactly. */
export interface Recovery {
	indicator: string;
	/** `dimension|level|wave:group`, dimension and level empty for all respondents. */
	place: string;
	/** The count of respondents, or the sum of their scores (for a share: how many of them score 1). */
	quantity: 'count' | 'sum';
	truth: number;
}

/** The sums a report was made from: what the NGO's database holds. */
export type TrueSums = Pick<ReportInput, 'totals' | 'byDimension'>;

interface Term {
	place: string;
	shown: CellResult;
	truth: Sums;
	count: number | null;
	sum: number | null;
	value: number | null;
}

const TOLERANCE = 1e-6;

/**
 * Tries what a reader of `shown` can do with a pencil, on every indicator: in every dimension the total is the
 * sum of its levels (taking nobody to have left the dimension unanswered), so a single unknown term is the total
 * less the others; a total worked out goes into every other dimension; a change shown beside one of its cells
 * gives the other, an impact beside three of its four cells the fourth. Counts and sums (a value times its
 * count) alike, repeated until nothing more comes. A recovery is a hidden count below 5, or the hidden sum or
 * value of a cell below 25, found equal to the truth.
 */
export function recoverHidden(
	shown: CampaignReport,
	truth: TrueSums,
	reader: Reader = 'assumes_none_unanswered'
): Recovery[] {
	return shown.indicators.flatMap((indicator) => recoverInIndicator(indicator, truth, reader));
}

/** What the reader takes of those who left a dimension unanswered: none, or their true count and sum (from elsewhere). */
export type Reader = 'assumes_none_unanswered' | 'knows_unanswered';

function trueSums(truth: TrueSums, id: IndicatorId, dimension: string, level: string, cell: CellResult): Sums {
	const cells = dimension === '' ? truth.totals : (truth.byDimension[dimension as keyof TrueSums['byDimension']] ?? []);
	const found = cells.find(
		(candidate) =>
			candidate.wave === cell.wave && candidate.group === cell.group && (dimension === '' || candidate.level === level)
	);
	if (!found) throw new Error(`no true sums for ${dimension}|${level}|${cell.wave}:${cell.group}`);
	return found.indicators[id];
}

function recoverInIndicator(indicator: IndicatorResult, truth: TrueSums, reader: Reader): Recovery[] {
	const terms = new Map<string, Term>();
	const add = (dimension: string, level: string, cells: readonly CellResult[]) => {
		for (const cell of cells) {
			const place = `${dimension}|${level}|${cell.wave}:${cell.group}`;
			const sum = cell.value !== null && cell.n !== null ? cell.value * cell.n : null;
			terms.set(place, {
				place,
				shown: cell,
				truth: trueSums(truth, indicator.id, dimension, level, cell),
				count: cell.n,
				sum,
				value: cell.value
			});
		}
	};
	add('', '', indicator.cells);
	const dimensions = Object.keys(indicator.disaggregations);
	for (const dimension of dimensions)
		for (const level of indicator.disaggregations[dimension] ?? []) add(dimension, level.level, level.cells);

	const splits = indicator.cells.flatMap((total) => {
		const key = `${total.wave}:${total.group}`;
		const whole = terms.get(`||${key}`)!;
		return dimensions.map((dimension) => {
			const levels = [...terms.values()].filter(
				(term) => term.place.startsWith(`${dimension}|`) && term.place.endsWith(`|${key}`)
			);
			const unanswered = { count: 0, sum: 0 };
			if (reader === 'knows_unanswered') {
				unanswered.count = whole.truth.n - levels.reduce((sum, term) => sum + term.truth.n, 0);
				unanswered.sum = whole.truth.sum - levels.reduce((sum, term) => sum + term.truth.sum, 0);
			}
			return { whole, levels, unanswered };
		});
	});
	for (let found = true; found;) {
		found = false;
		for (const { whole, levels, unanswered } of splits) {
			for (const quantity of ['count', 'sum'] as const) {
				const unknown = [whole, ...levels].filter((term) => term[quantity] === null);
				if (unknown.length !== 1) continue;
				const levelSum = levels.reduce((sum, term) => sum + (term[quantity] ?? 0), unanswered[quantity]);
				unknown[0][quantity] = unknown[0] === whole ? levelSum : whole[quantity]! - levelSum;
				found = true;
			}
		}
		for (const term of terms.values()) {
			if (term.value === null && term.sum !== null && term.count)
				((term.value = term.sum / term.count), (found = true));
			if (term.sum === null && term.value !== null && term.count !== null)
				((term.sum = term.value * term.count), (found = true));
		}
		if (learnFromChanges(indicator, terms)) found = true;
	}

	const recoveries: Recovery[] = [];
	for (const term of terms.values()) {
		if (
			term.shown.n === null &&
			term.truth.n < SMALLEST_SHOWN_COUNT &&
			term.count !== null &&
			Math.abs(term.count - term.truth.n) < TOLERANCE
		) {
			recoveries.push({ indicator: indicator.id, place: term.place, quantity: 'count', truth: term.truth.n });
		}
		const sumFound = term.sum !== null && Math.abs(term.sum - term.truth.sum) < TOLERANCE;
		const valueFound =
			term.value !== null && term.truth.n > 0 && Math.abs(term.value - term.truth.sum / term.truth.n) < TOLERANCE;
		if (term.shown.value === null && term.truth.n > 0 && term.truth.n < SUPPRESS_BELOW && (sumFound || valueFound)) {
			recoveries.push({ indicator: indicator.id, place: term.place, quantity: 'sum', truth: term.truth.sum });
		}
	}
	return recoveries;
}

/** A change is the later value less the earlier; an impact the exposed group's change less the comparison's. */
function learnFromChanges(indicator: IndicatorResult, terms: Map<string, Term>): boolean {
	let found = false;
	const valueAt = (place: string) => terms.get(place)?.value ?? null;
	const learn = (place: string, value: number) => {
		const term = terms.get(place);
		if (!term || term.value !== null) return;
		term.value = value;
		found = true;
	};
	const parts = [
		{ prefix: '||', results: indicator },
		...Object.entries(indicator.disaggregations).flatMap(([dimension, levels]) =>
			(levels ?? []).map((level) => ({ prefix: `${dimension}|${level.level}|`, results: level }))
		)
	];
	for (const { prefix, results } of parts) {
		for (const change of results.changes) {
			if (change.value === null) continue;
			const from = `${prefix}${change.from}:${change.group}`;
			const to = `${prefix}${change.to}:${change.group}`;
			if (valueAt(from) !== null) learn(to, valueAt(from)! + change.value);
			if (valueAt(to) !== null) learn(from, valueAt(to)! - change.value);
		}
		const impact = results.impact;
		if (!impact || impact.value === null) continue;
		const places = [
			`${prefix}${impact.to}:exposed`,
			`${prefix}${impact.from}:exposed`,
			`${prefix}${impact.to}:comparison`,
			`${prefix}${impact.from}:comparison`
		];
		const signs = [1, -1, -1, 1];
		const missing = places.filter((place) => valueAt(place) === null);
		if (missing.length !== 1) continue;
		const i = places.indexOf(missing[0]);
		const rest = places.reduce((sum, place, j) => (j === i ? sum : sum + signs[j] * valueAt(place)!), 0);
		learn(missing[0], (impact.value - rest) * signs[i]);
	}
	return found;
}
