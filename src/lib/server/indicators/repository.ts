import { sql, type Kysely } from 'kysely';
import type { CellSums, Group, Wave } from '$lib/indicators/types';
import { DIMENSIONS, type Dimension } from '$lib/indicators/dimensions';
import { indicatorOffset, rollUp, SUMS_LAYOUT, type LevelledSums } from '$lib/indicators/rollup';
import { selectArrays } from '../db/arrays';
import { reuseCompiled } from '../db/reuse';
import type { Database } from '../db/schema';
import { SUM_COLUMNS } from './sums';

/** The columns of `indicator_sums` a row of `sumLevelledCells` holds, in its order: cell, levels, counts, indicators. */
const COLUMNS = [
	'wave',
	'group_name',
	...DIMENSIONS,
	'respondents',
	'quick',
	...SUM_COLUMNS.flatMap((column) => (column.squares ? [column.n, column.sum, column.squares] : [column.n, column.sum]))
];
const FIRST_COUNT = 2 + DIMENSIONS.length;

/**
 * Counts, sums and sums of squares of every indicator's scores per wave, group and level of every dimension
 * at once, as the database keeps them with each response: a report reads these rows, never the responses.
 * Proportions score 0 or 1, so their sum of squares is their sum.
 */
export async function sumLevelledCells(db: Kysely<Database>, campaignId: string): Promise<LevelledSums[]> {
	const build = () =>
		db
			.selectFrom('indicator_sums')
			.select(COLUMNS.map((column) => sql.ref(column).as(column)))
			.where('campaign_id', '=', campaignId);
	const compiled = reuseCompiled(db, 'sumLevelledCells', build, [campaignId]);
	return (await selectArrays(db, { compile: () => compiled })).map(toLevelledSums);
}

/** The sums of every wave and group (`dimension` null), or of each level of one dimension. */
export async function sumCells(
	db: Kysely<Database>,
	campaignId: string,
	dimension: Dimension | null
): Promise<CellSums[]> {
	return rollUp(await sumLevelledCells(db, campaignId), dimension);
}

/** Where each of `SUMS_LAYOUT`'s values is in a row of `sumLevelledCells`. */
const VALUE_COLUMNS = (() => {
	const at = new Array<number>(SUMS_LAYOUT.length);
	at[SUMS_LAYOUT.respondents] = FIRST_COUNT;
	at[SUMS_LAYOUT.quick] = FIRST_COUNT + 1;
	let column = FIRST_COUNT + 2;
	SUM_COLUMNS.forEach((sum, index) => {
		const offset = indicatorOffset(index);
		at[offset] = column++;
		at[offset + 1] = column++;
		// A proportion's scores are 0 or 1: its sum of squares is its sum.
		at[offset + 2] = sum.squares ? column++ : column - 1;
	});
	return at;
})();

// Thousands of rows per report: plain loops.
function toLevelledSums(row: unknown[]): LevelledSums {
	const values = new Float64Array(SUMS_LAYOUT.length);
	for (let i = 0; i < values.length; i++) values[i] = Number(row[VALUE_COLUMNS[i]]);
	const levels = {} as Record<Dimension, string | null>;
	for (let i = 0; i < DIMENSIONS.length; i++) {
		const level = row[2 + i];
		levels[DIMENSIONS[i]] = level === '' ? null : String(level);
	}
	return { wave: row[0] as Wave, group: row[1] as Group, levels, values };
}
