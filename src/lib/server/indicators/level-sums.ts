import { sql, type Kysely, type Transaction } from 'kysely';
import type { IndicatorId } from '$lib/core-module';
import { DIMENSIONS, type Dimension } from '$lib/indicators/dimensions';
import { GROUPS, WAVES, type CellSums, type Group, type Sums, type Wave } from '$lib/indicators/types';
import { selectArrays } from '../db/arrays';
import { reuseCompiled } from '../db/reuse';
import type { Database, IndicatorLevelSumsTable, IndicatorSumsTable } from '../db/schema';
import { SUM_ADDED, SUM_COLUMNS } from './sum-columns';

type Db = Kysely<Database> | Transaction<Database>;

const LEVEL_SUM_KEYS = ['campaign_id', 'wave', 'group_name', 'dimension', 'level'] as const;

/** The rows of level sums that rows of `indicator_sums` add to: all the cell's respondents, and each dimension's level. */
function addUpByLevel(rows: Iterable<IndicatorSumsTable>): Map<string, IndicatorLevelSumsTable> {
	const byLevel = new Map<string, IndicatorLevelSumsTable>();
	for (const row of rows) {
		const from = row as unknown as Record<string, number>;
		for (const dimension of ['', ...DIMENSIONS] as const) {
			const level = dimension === '' ? '' : row[dimension];
			const key = `${row.campaign_id}\u0000${row.wave}\u0000${row.group_name}\u0000${dimension}\u0000${level}`;
			const kept = byLevel.get(key) as unknown as Record<string, number> | undefined;
			if (kept) for (const column of SUM_ADDED) kept[column] += from[column];
			else {
				const sums: Record<string, string | number> = {
					campaign_id: row.campaign_id,
					wave: row.wave,
					group_name: row.group_name,
					dimension,
					level
				};
				for (const column of SUM_ADDED) sums[column] = from[column];
				byLevel.set(key, sums as unknown as IndicatorLevelSumsTable);
			}
		}
	}
	return byLevel;
}

function buildAdd(db: Db, rows: readonly IndicatorLevelSumsTable[]) {
	return db
		.insertInto('indicator_level_sums')
		.values([...rows])
		.onConflict((oc) =>
			oc
				.columns([...LEVEL_SUM_KEYS])
				.doUpdateSet(
					Object.fromEntries(
						SUM_ADDED.map((column) => [
							column,
							sql`indicator_level_sums.${sql.ref(column)} + ${sql.ref(`excluded.${column}`)}`
						])
					)
				)
		);
}

/** The rows one response adds to: all its cell's respondents, and its level of each dimension. */
const ROWS_OF_ONE = 1 + DIMENSIONS.length;

/**
 * Adds rows of `indicator_sums` (what responses add to them, or take away) to the level sums they make up: a
 * response's rows in one statement, as many as a statement of that many rows holds at once.
 */
export async function addToLevelSums(db: Db, rows: Iterable<IndicatorSumsTable>): Promise<void> {
	const sums = [...addUpByLevel(rows).values()];
	let at = 0;
	for (; at + ROWS_OF_ONE <= sums.length; at += ROWS_OF_ONE) {
		const some = sums.slice(at, at + ROWS_OF_ONE);
		const parameters = some.flatMap((row) => Object.values(row));
		await db.executeQuery(reuseCompiled(db, 'addToIndicatorLevelSumsOfOne', () => buildAdd(db, some), parameters));
	}
	for (const row of sums.slice(at))
		await db.executeQuery(reuseCompiled(db, 'addToIndicatorLevelSums', () => buildAdd(db, [row]), Object.values(row)));
}

/** The campaign's level sums made again from its `indicator_sums`, after a change made there in SQL. */
export async function rebuildLevelSums(db: Db, campaignId: string): Promise<void> {
	await db.deleteFrom('indicator_level_sums').where('campaign_id', '=', campaignId).execute();
	const columns = sql.join(SUM_ADDED.map((column) => sql.ref(column)));
	const sums = sql.join(SUM_ADDED.map((column) => sql`sum(${sql.ref(column)})`));
	for (const dimension of ['', ...DIMENSIONS] as const) {
		const level = dimension === '' ? sql`''` : sql.ref(dimension);
		await sql`
			insert into indicator_level_sums (campaign_id, wave, group_name, dimension, level, ${columns})
			select campaign_id, wave, group_name, ${dimension}, ${level}, ${sums}
			from indicator_sums where campaign_id = ${campaignId}
			group by campaign_id, wave, group_name${dimension === '' ? sql`` : sql`, ${level}`}`.execute(db);
	}
}

/** Rows of level sums that responses taken out left with no respondent. */
export async function deleteEmptyLevelSums(db: Db, campaignId: string): Promise<void> {
	await db
		.deleteFrom('indicator_level_sums')
		.where('campaign_id', '=', campaignId)
		.where('respondents', '=', 0)
		.execute();
}

/** The columns a row of `readLevelSums` holds, in its order. */
const COLUMNS = ['wave', 'group_name', 'dimension', 'level', ...SUM_ADDED];

/** Where each indicator's n, sum and sum of squares are in a row: a proportion's sum of squares is its sum. */
const INDICATOR_COLUMNS = (() => {
	let column = 6;
	return SUM_COLUMNS.map((sum) => {
		const n = column++;
		const total = column++;
		return { id: sum.indicator.id, n, sum: total, squares: sum.squares ? column++ : total };
	});
})();

/** A cell's place among the waves × groups. */
const CELL_PLACE = new Map(
	WAVES.flatMap((wave, w) => GROUPS.map((group, g) => [`${wave}:${group}`, w * GROUPS.length + g]))
);

/**
 * The campaign's sums per wave and group for all its respondents (`null`) and for each level of each dimension
 * asked, in the order asked: each level's cells in the order of the waves and groups.
 */
export async function sumLevelCells(
	db: Kysely<Database>,
	campaignId: string,
	dimensions: readonly (Dimension | null)[]
): Promise<CellSums[][]> {
	const build = () =>
		db
			.selectFrom('indicator_level_sums')
			.select(COLUMNS.map((column) => sql.ref(column).as(column)))
			.where('campaign_id', '=', campaignId)
			.orderBy('dimension')
			.orderBy('level')
			.orderBy('wave')
			.orderBy('group_name');
	const compiled = reuseCompiled(db, 'sumLevelCells', build, [campaignId]);
	const byDimension = new Map<string, CellSums[]>(dimensions.map((dimension) => [dimension ?? '', []]));
	for (const row of await selectArrays(db, { compile: () => compiled })) {
		const cells = byDimension.get(String(row[2]));
		if (cells) cells.push(toCellSums(row));
	}
	return dimensions.map((dimension) => sortCells(byDimension.get(dimension ?? '')!));
}

function toCellSums(row: unknown[]): CellSums {
	const indicators = {} as Record<IndicatorId, Sums>;
	for (const { id, n, sum, squares } of INDICATOR_COLUMNS)
		indicators[id] = { n: Number(row[n]), sum: Number(row[sum]), sumSquares: Number(row[squares]) };
	return {
		wave: row[0] as Wave,
		group: row[1] as Group,
		level: row[3] === '' ? null : String(row[3]),
		respondents: Number(row[4]),
		quick: Number(row[5]),
		indicators
	};
}

/** Cells that come level by level, each level's put in the order of the waves and groups (the database orders their names). */
function sortCells(cells: CellSums[]): CellSums[] {
	const place = (cell: CellSums) => CELL_PLACE.get(`${cell.wave}:${cell.group}`) ?? 0;
	const sorted: CellSums[] = [];
	for (let start = 0, end = 0; start < cells.length; start = end) {
		while (end < cells.length && cells[end].level === cells[start].level) end++;
		sorted.push(...cells.slice(start, end).sort((a, b) => place(a) - place(b)));
	}
	return sorted;
}
