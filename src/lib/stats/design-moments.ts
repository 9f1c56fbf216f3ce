import type { CompiledFrame } from './design-frame';
import type { PsuTable, RowPlaces } from './design-domain';

/**
 * A domain's linearised values in a PSU are z = (A − r B) / ΣB, with A its Σwy there and B its Σw: the variance needs,
 * per stratum, ΣA, ΣB, ΣA², ΣAB, ΣB² only (a PSU absent adds 0 to each), and for a contrast the products of two
 * domains' A and B in the PSUs they share. Each is taken for every variable of a table's rows in one pass over them,
 * read in order: a PSU's row once for all its variables rather than once for each estimate, change and impact.
 */

/** Per variable: n, Σy, Σw, Σwy, Σwy², the PSUs with a response, the row of the last of them. */
export const TOTAL_VALUES = 7;
/** Per variable and stratum: ΣA, ΣB, ΣA², ΣAB, ΣB². */
export const MOMENT_VALUES = 5;
/** Per variable and stratum, of two tables' PSUs in common: ΣA₁A₂, ΣA₁B₂, ΣB₁A₂, ΣB₁B₂. */
export const CROSS_VALUES = 4;

/** The variables a table's rows hold: its own is `variables[variable]`. */
function variablesOf(table: PsuTable): { variables: readonly RowPlaces[]; variable: number } {
	return table.shared ?? { variables: [table.at], variable: 0 };
}

const totalsKept = new WeakMap<readonly ArrayLike<number>[], Float64Array>();

/** Every variable's totals over the table's rows (`TOTAL_VALUES` each), made once for all the tables sharing them. */
export function sumTable(table: PsuTable): { totals: Float64Array; offset: number } {
	const { variables, variable } = variablesOf(table);
	let totals = table.shared ? totalsKept.get(table.rows) : undefined;
	if (!totals) {
		totals = new Float64Array(variables.length * TOTAL_VALUES);
		const { rows } = table;
		for (let r = 0; r < rows.length; r++) {
			const row = rows[r];
			for (let v = 0, o = 0; v < variables.length; v++, o += TOTAL_VALUES) {
				const at = variables[v];
				const n = row[at.n];
				totals[o] += n;
				totals[o + 1] += row[at.sum];
				totals[o + 2] += row[at.weight];
				totals[o + 3] += row[at.weighted];
				totals[o + 4] += row[at.weightedSquares];
				if (n > 0) {
					totals[o + 5]++;
					totals[o + 6] = r;
				}
			}
		}
		if (table.shared) totalsKept.set(table.rows, totals);
	}
	return { totals, offset: variable * TOTAL_VALUES };
}

interface ByFrame {
	frame: CompiledFrame;
	values: Float64Array;
}

const momentsKept = new WeakMap<readonly ArrayLike<number>[], ByFrame>();

/**
 * Every variable's moments per stratum of the frame (`MOMENT_VALUES` each, variable by variable, stratum by
 * stratum), made once for all the tables sharing the rows; `places` are the rows' PSUs' places in the frame.
 */
export function momentsOf(
	frame: CompiledFrame,
	table: PsuTable,
	places: Int32Array
): { values: Float64Array; offset: number } {
	const { variables, variable } = variablesOf(table);
	const strata = frame.stratumSize.length;
	const known = table.shared ? momentsKept.get(table.rows) : undefined;
	let values = known?.frame === frame ? known.values : undefined;
	if (!values) {
		values = new Float64Array(variables.length * strata * MOMENT_VALUES);
		const { rows } = table;
		const stride = strata * MOMENT_VALUES;
		for (let r = 0; r < rows.length; r++) {
			const row = rows[r];
			const h = frame.stratumOf[placeIn(places, r, table)] * MOMENT_VALUES;
			for (let v = 0, o = h; v < variables.length; v++, o += stride) {
				const at = variables[v];
				const a = row[at.weighted];
				const b = row[at.weight];
				values[o] += a;
				values[o + 1] += b;
				values[o + 2] += a * a;
				values[o + 3] += a * b;
				values[o + 4] += b * b;
			}
		}
		if (table.shared) momentsKept.set(table.rows, { frame, values });
	}
	return { values, offset: variable * strata * MOMENT_VALUES };
}

function placeIn(places: Int32Array, r: number, table: PsuTable): number {
	const at = places[r];
	if (at < 0) throw new RangeError(`PSU ${table.psus[r]} is not in the campaign's design`);
	return at;
}

const crossKept = new WeakMap<readonly ArrayLike<number>[], WeakMap<readonly ArrayLike<number>[], ByFrame>>();

/**
 * The products of two tables' A and B in the PSUs they share, per stratum (`CROSS_VALUES` each): for every variable
 * at once when the tables hold the same variables, else for their own two only.
 */
export function crossMomentsOf(
	frame: CompiledFrame,
	first: { table: PsuTable; places: Int32Array },
	second: { table: PsuTable; places: Int32Array }
): { values: Float64Array; offset: number } {
	const one = variablesOf(first.table);
	const other = variablesOf(second.table);
	const strata = frame.stratumSize.length;
	const together = one.variables === other.variables && one.variable === other.variable;
	const kept = together ? crossKept.get(first.table.rows)?.get(second.table.rows) : undefined;
	if (kept?.frame === frame) return { values: kept.values, offset: one.variable * strata * CROSS_VALUES };
	const pairs = together
		? one.variables.map((at) => [at, at] as const)
		: [[one.variables[one.variable], other.variables[other.variable]] as const];
	const values = new Float64Array(pairs.length * strata * CROSS_VALUES);
	const rowAt = frame.rowAt;
	const { rows: secondRows } = second.table;
	for (let s = 0; s < secondRows.length; s++) rowAt[placeIn(second.places, s, second.table)] = s + 1;
	const stride = strata * CROSS_VALUES;
	for (let r = 0; r < first.table.rows.length; r++) {
		const place = placeIn(first.places, r, first.table);
		const s = rowAt[place] - 1;
		if (s < 0) continue;
		const x = first.table.rows[r];
		const y = secondRows[s];
		for (let p = 0, o = frame.stratumOf[place] * CROSS_VALUES; p < pairs.length; p++, o += stride) {
			const [atX, atY] = pairs[p];
			const a1 = x[atX.weighted];
			const b1 = x[atX.weight];
			const a2 = y[atY.weighted];
			const b2 = y[atY.weight];
			values[o] += a1 * a2;
			values[o + 1] += a1 * b2;
			values[o + 2] += b1 * a2;
			values[o + 3] += b1 * b2;
		}
	}
	for (let s = 0; s < secondRows.length; s++) rowAt[second.places[s]] = 0;
	if (together) {
		let bySecond = crossKept.get(first.table.rows);
		if (!bySecond) crossKept.set(first.table.rows, (bySecond = new WeakMap()));
		bySecond.set(second.table.rows, { frame, values });
	}
	return { values, offset: together ? one.variable * strata * CROSS_VALUES : 0 };
}
