import type { DesignDomain, PsuSums, SingletonSums } from './design-types';

/** How many sums a PSU has in a table, and where each one is: n, Σy, Σw, Σwy, Σwy². */
export const TABLE_WIDTH = 5;
export const AT_N = 0;
export const AT_SUM = 1;
export const AT_WEIGHT = 2;
export const AT_WEIGHTED = 3;
export const AT_WEIGHTED_SQUARES = 4;

/**
 * One variable's sums in PSUs side by side (a wave and group, or a level in it): the r-th PSU's `TABLE_WIDTH` sums
 * from `TABLE_WIDTH * r`. Tables of one block of PSUs share their list of PSUs.
 */
// In one array, read in order: a domain's PSUs are read once for its estimate and again for each change and
// impact it is part of, and rows spread over memory cost a cache miss each.
export interface PsuTable {
	psus: readonly string[];
	values: Float64Array;
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
		const { values, psus } = this.table;
		this.#listed ??= Array.from(this.members, (r) => {
			const at = TABLE_WIDTH * r;
			return {
				psu: psus[r],
				n: values[at + AT_N],
				sum: values[at + AT_SUM],
				weight: values[at + AT_WEIGHT],
				weighted: values[at + AT_WEIGHTED],
				weightedSquares: values[at + AT_WEIGHTED_SQUARES]
			};
		});
		return this.#listed;
	}
}
