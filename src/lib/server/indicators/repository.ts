import { sql, type Kysely } from 'kysely';
import type { CellSums, Group, Wave } from '$lib/indicators/types';
import { DIMENSIONS, type Dimension } from '$lib/indicators/dimensions';
import { indicatorOffset, rollUp, SUMS_LAYOUT, type LevelledSums } from '$lib/indicators/rollup';
import { selectArrays } from '../db/arrays';
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
	const query = db
		.selectFrom('indicator_sums')
		.select(COLUMNS.map((column) => sql.ref(column).as(column)))
		.where('campaign_id', '=', campaignId);
	return (await selectArrays(db, query)).map(toLevelledSums);
}

/** The sums of every wave and group (`dimension` null), or of each level of one dimension. */
export async function sumCells(db: Kysely<Database>, campaignId: string, dimension: Dimension | null): Promise<CellSums[]> {
	return rollUp(await sumLevelledCells(db, campaignId), dimension);
}

function toLevelledSums(row: unknown[]): LevelledSums {
	const values = new Float64Array(SUMS_LAYOUT.length);
	values[SUMS_LAYOUT.respondents] = Number(row[FIRST_COUNT]);
	values[SUMS_LAYOUT.quick] = Number(row[FIRST_COUNT + 1]);
	let at = FIRST_COUNT + 2;
	SUM_COLUMNS.forEach((column, index) => {
		const offset = indicatorOffset(index);
		values[offset] = Number(row[at++]);
		values[offset + 1] = Number(row[at++]);
		values[offset + 2] = column.squares ? Number(row[at++]) : values[offset + 1];
	});
	const levels = {} as Record<Dimension, string | null>;
	DIMENSIONS.forEach((dimension, i) => (levels[dimension] = row[2 + i] === '' ? null : String(row[2 + i])));
	return { wave: row[0] as Wave, group: row[1] as Group, levels, values };
}
