import type { DesignDomain, PsuSums, SingletonSums } from './design-types';

/** The PSUs of many domains side by side (a wave and group, or a level in it, one domain per variable). */
export interface PsuBlock {
	psus: readonly string[];
	/** Per PSU, its sums of every variable. */
	rows: readonly ArrayLike<number>[];
}

/** Where a variable's sums are in a block's rows: n, Σy, Σw, Σwy, Σwy². */
export interface PsuColumns {
	n: number;
	sum: number;
	weight: number;
	weighted: number;
	weightedSquares: number;
}

/**
 * A domain read from a block without a list of its own: the block's rows it takes (`members`; a PSU without a
 * response in the domain adds nothing, and counts as one absent would), its variable's sums at `columns`. Its
 * `psus` are listed when asked.
 */
export class PackedDomain implements DesignDomain {
	#listed: PsuSums[] | undefined;

	constructor(
		readonly block: PsuBlock,
		readonly members: Int32Array,
		readonly columns: PsuColumns,
		readonly singletons: SingletonSums | undefined
	) {}

	get psus(): readonly PsuSums[] {
		const { rows, psus } = this.block;
		const c = this.columns;
		this.#listed ??= Array.from(this.members, (r) => ({
			psu: psus[r],
			n: rows[r][c.n],
			sum: rows[r][c.sum],
			weight: rows[r][c.weight],
			weighted: rows[r][c.weighted],
			weightedSquares: rows[r][c.weightedSquares]
		}));
		return this.#listed;
	}
}
