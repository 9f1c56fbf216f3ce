import { SUPPRESS_BELOW } from './report';
import { comesFromOneCluster } from './one-cluster';
import type { CellResult, IndicatorResult } from './types';

/** docs/standard.md §5: donor and public views never show a count below 5, in any table or chart. */
export const SMALLEST_SHOWN_COUNT = 5;

/** What of a cell donors and the public may not read, and whether it is hidden only to protect another. */
export interface Hiding {
	count: boolean;
	value: boolean;
	complementary: boolean;
}

/** Where a cell sits: all respondents (level null) or one level of a dimension, in one wave and group. */
export type CellPlace = `${string}|${string}|${string}:${string}`;

export function placeOf(
	dimension: string | null,
	level: string | null,
	cell: Pick<CellResult, 'wave' | 'group'>
): CellPlace {
	return `${dimension ?? ''}|${level ?? ''}|${cell.wave}:${cell.group}`;
}

interface Slot {
	place: CellPlace;
	n: number;
	order: number;
	hiding: Hiding;
	/** Its respondents all come from one cluster: its value is that cluster's (§4.6), hidden as a small one is. */
	oneCluster: boolean;
}

type Quantity = 'count' | 'value';

/** A count or a value is hidden on its own account: a count below 5, a value of a cell below 25 (§5). */
function isSmall(n: number, quantity: Quantity): boolean {
	return n < (quantity === 'count' ? SMALLEST_SHOWN_COUNT : SUPPRESS_BELOW);
}

/**
 * The cells of one indicator that donors and the public may not read, from the NGO's full report (every count
 * in it). Each dimension splits a wave and group's respondents into its levels and those who did not answer it
 * (never shown), so the total minus the levels shown gives what is hidden when only one thing is hidden. For
 * the counts and for the values (a share times its count is a count of people) alike, in every dimension,
 * a hidden cell never stands alone: the next smallest level shown is hidden with it, or, with no level left,
 * the total, which every dimension then protects in turn. Those who did not answer, when they are few, are
 * protected by hiding a level beside them. Chosen from the counts only (smallest first, then in the
 * levels' order), so indicators with the same counts hide the same cells.
 */
export function findHiddenCells(indicator: IndicatorResult): Map<CellPlace, Hiding> {
	const hidden = new Map<CellPlace, Hiding>();
	const dimensions = Object.entries(indicator.disaggregations);
	for (const total of indicator.cells) {
		const totalSlot = slotOf(hidden, placeOf(null, null, total), total.n ?? 0, -1, comesFromOneCluster(total));
		const splits = dimensions.map(([dimension, levels]) => {
			const slots: Slot[] = [];
			(levels ?? []).forEach((level, order) => {
				const cell = level.cells.find((candidate) => candidate.wave === total.wave && candidate.group === total.group);
				if (cell)
					slots.push(
						slotOf(hidden, placeOf(dimension, level.level, cell), cell.n ?? 0, order, comesFromOneCluster(cell))
					);
			});
			const unanswered = totalSlot.n - slots.reduce((sum, slot) => sum + slot.n, 0);
			return { slots, unanswered };
		});
		for (let changed = true; changed;) {
			changed = false;
			for (const split of splits) {
				for (const quantity of ['count', 'value'] as const) {
					if (protect(totalSlot, split.slots, split.unanswered, quantity)) changed = true;
				}
			}
		}
	}
	return hidden;
}

function slotOf(hidden: Map<CellPlace, Hiding>, place: CellPlace, n: number, order: number, oneCluster = false): Slot {
	const hiding: Hiding = {
		count: isSmall(n, 'count'),
		value: isSmall(n, 'value') || oneCluster,
		complementary: false
	};
	hidden.set(place, hiding);
	return { place, n, order, hiding, oneCluster };
}

/**
 * One dimension's sum, total = levels + unanswered, for counts or values. A small term shown as hidden must not
 * be the only hidden one: the unanswered cannot protect it, since a reader who takes them to be none (or their
 * scores to be nil) is often right. The total, once hidden, is protected likewise, so that no dimension gives it
 * back to the others. Unanswered who are few are protected by hiding a level beside them. Whether it hid anything.
 */
function protect(total: Slot, levels: readonly Slot[], unanswered: number, quantity: Quantity): boolean {
	const hidden = [total, ...levels].filter((slot) => slot.hiding[quantity]);
	const exposed =
		hidden.length === 1
			? hidden[0] === total || isSmall(hidden[0].n, quantity) || (quantity === 'value' && hidden[0].oneCluster)
			: hidden.length === 0 && unanswered > 0 && isSmall(unanswered, quantity);
	if (!exposed) return false;
	const next =
		levels.filter((slot) => !slot.hiding[quantity]).sort((a, b) => a.n - b.n || a.order - b.order)[0] ?? total;
	// Nothing left to hide: the one unknown is the total of no level (nobody), or already all there is.
	if (next.hiding[quantity]) return false;
	hide(next, quantity);
	return true;
}

function hide(slot: Slot, quantity: Quantity): void {
	// A hidden count hides the value too: the value times the count shown beside it is a count.
	if (quantity === 'count') slot.hiding.count = true;
	slot.hiding.value = true;
	slot.hiding.complementary = true;
}

/**
 * One partition of a count shown into parts (the answers of one of a campaign's own questions, in one wave and
 * group): the parts donors and the public may not read, chosen as `findHiddenCells` chooses a dimension's counts.
 * A part from 1 to 4 never stands alone: the next smallest is hidden with it. `total` less the parts is the
 * unanswered, never shown.
 */
export function findHiddenParts(total: number, parts: readonly number[]): boolean[] {
	const hidden = new Map<CellPlace, Hiding>();
	const place = (part: string) => placeOf('answer', part, { wave: 'baseline', group: 'exposed' });
	const totalSlot = slotOf(hidden, place('total'), total, -1);
	// An answer nobody gave is no group of people, as a level found in no response is none: it protects nothing.
	const slots = parts.map((n, order) => (n > 0 ? slotOf(hidden, place(String(order)), n, order) : null));
	const given = slots.filter((slot): slot is Slot => slot !== null);
	const unanswered = total - parts.reduce((sum, n) => sum + n, 0);
	while (protect(totalSlot, given, unanswered, 'count'));
	return slots.map((slot) => slot?.hiding.count ?? false);
}
