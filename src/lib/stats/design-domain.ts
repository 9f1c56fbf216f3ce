import type { DesignDomain, PsuSums, SingletonSums } from './design-types';

/** Where a variable's sums are in a PSU's row: n, Σy, Σw, Σwy, Σwy². */
export interface RowPlaces {
	n: number;
	sum: number;
	weight: number;
	weighted: number;
	weightedSquares: number;
}

/** The places of a row that holds one variable's sums and nothing else. */
export const PACKED_ROW: RowPlaces = { n: 0, sum: 1, weight: 2, weighted: 3, weightedSquares: 4 };

/**
 * One variable's sums in PSUs side by side (a wave and group, or a level in it): the r-th PSU's at `at` in its row.
 * Tables of one block of PSUs share their list of PSUs and their rows, each variable at its places.
 */
// The rows are the PSUs' sums as read from the database, every variable side by side: a report reads them where
// they are rather than copying each variable's into memory of its own, which costs more than reading them.
export interface PsuTable {
	psus: readonly string[];
	rows: readonly ArrayLike<number>[];
	at: RowPlaces;
	/**
	 * The places of every variable the rows hold when other tables share them (this one's at `variable`): what is
	 * summed over the rows is then summed for all of them at once, and kept with the rows.
	 */
	shared?: { variables: readonly RowPlaces[]; variable: number };
}

/**
 * A domain read from a table without a list of its own: the table's PSUs it takes (`members`; a PSU without a
 * response in the domain adds nothing, and counts as one absent would). Its `psus` are listed when asked.
 */
export class PackedDomain implements DesignDomain {
	#listed: PsuSums[] | undefined;

	constructor(
		readonly table: PsuTable,
		readonly members: Int32Array,
		readonly singletons: SingletonSums | undefined
	) {}

	get psus(): readonly PsuSums[] {
		const { rows, psus, at } = this.table;
		this.#listed ??= Array.from(this.members, (r) => ({
			psu: psus[r],
			n: rows[r][at.n],
			sum: rows[r][at.sum],
			weight: rows[r][at.weight],
			weighted: rows[r][at.weighted],
			weightedSquares: rows[r][at.weightedSquares]
		}));
		return this.#listed;
	}
}
