import { sql, type Kysely } from 'kysely';
import { INDICATORS, type IndicatorId } from '$lib/core-module';
import type { CellSums, Group, Wave } from '$lib/indicators/types';
import { DIMENSIONS, type Dimension } from '$lib/indicators/dimensions';
import { indicatorOffset, rollUp, SUMS_LAYOUT, type LevelledSums } from '$lib/indicators/rollup';
import { selectArrays } from '../db/arrays';
import type { Database } from '../db/schema';
import type { CellOf } from './versions';

/**
 * What each dimension's level is read from: answers stored in their codes, and INT1 as yes/no. In the order
 * of the index `responses_indicators`, so that grouping by them reads the index as it lies.
 */
const LEVELS: Record<Dimension, string> = {
	sex: 'd1',
	age_band: 'age_band',
	region: 'd3',
	education: 'd4',
	returnee: 'd5',
	exposure: 'e1',
	intention: 'score_int1'
};

export const SCORE_COLUMN: Record<IndicatorId, string> = Object.fromEntries(INDICATORS.map((indicator) => [indicator.id, `score_${indicator.id.toLowerCase()}`])) as Record<
	IndicatorId,
	string
>;

/**
 * Counts, sums and sums of squares of every indicator's scores per wave, group and level of every dimension
 * at once: one pass of the database over one index, so that no report ever loads a campaign's responses.
 * Proportions score 0 or 1, so their sum of squares is their sum. `cells` names the waves × groups to add
 * up; all of them when left out.
 */
export async function sumLevelledCells(db: Kysely<Database>, campaignId: string, cells?: readonly CellOf[]): Promise<LevelledSums[]> {
	if (cells?.length === 0) return [];
	const levels = DIMENSIONS.map((dimension) => sql.ref(LEVELS[dimension]));
	const sums = INDICATORS.flatMap((indicator) => {
		const column = sql.ref(SCORE_COLUMN[indicator.id]);
		const key = indicator.id.toLowerCase();
		return [
			sql<number>`count(${column})`.as(`${key}_n`),
			sql<number>`coalesce(sum(${column}), 0)`.as(`${key}_sum`),
			...(indicator.type === 'mean' ? [sql<number>`coalesce(sum(${column} * ${column}), 0)`.as(`${key}_squares`)] : [])
		];
	});
	const query = db
		.selectFrom('responses')
		.select([
			'wave',
			'group_name',
			...DIMENSIONS.map((dimension, i) => levels[i].as(`level_${dimension}`)),
			sql<number>`count(*)`.as('respondents'),
			sql<number>`coalesce(sum(case when duration_seconds < 120 then 1 else 0 end), 0)`.as('quick'),
			...sums
		])
		.where('campaign_id', '=', campaignId)
		.$if(cells !== undefined, (query) =>
			query.where((eb) => eb.or(cells!.map((cell) => eb.and([eb('wave', '=', cell.wave), eb('group_name', '=', cell.group)]))))
		)
		.groupBy([sql.ref('wave'), sql.ref('group_name'), ...levels]);
	return (await selectArrays(db, query)).map(toLevelledSums);
}

/** The sums of every wave and group (`dimension` null), or of each level of one dimension. */
export async function sumCells(db: Kysely<Database>, campaignId: string, dimension: Dimension | null): Promise<CellSums[]> {
	return rollUp(await sumLevelledCells(db, campaignId), dimension);
}

function toLevel(dimension: Dimension, value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (dimension === 'intention') return Number(value) === 1 ? 'yes' : 'no';
	return String(value);
}

/** The columns a row of `sumLevelledCells` has, in order: wave, group, the levels, the counts, the indicators'. */
const FIRST_COUNT = 2 + DIMENSIONS.length;

function toLevelledSums(row: unknown[]): LevelledSums {
	const values = new Float64Array(SUMS_LAYOUT.length);
	values[SUMS_LAYOUT.respondents] = Number(row[FIRST_COUNT]);
	values[SUMS_LAYOUT.quick] = Number(row[FIRST_COUNT + 1]);
	let column = FIRST_COUNT + 2;
	INDICATORS.forEach((indicator, index) => {
		const at = indicatorOffset(index);
		values[at] = Number(row[column++]);
		values[at + 1] = Number(row[column++]);
		values[at + 2] = indicator.type === 'mean' ? Number(row[column++]) : values[at + 1];
	});
	const levels = {} as Record<Dimension, string | null>;
	DIMENSIONS.forEach((dimension, i) => (levels[dimension] = toLevel(dimension, row[2 + i])));
	return { wave: row[0] as Wave, group: row[1] as Group, levels, values };
}
