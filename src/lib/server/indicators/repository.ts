import { sql, type Kysely, type RawBuilder } from 'kysely';
import { INDICATORS, type IndicatorId } from '$lib/core-module';
import type { CellSums, Group, Sums, Wave } from '$lib/indicators/types';
import type { Dimension } from '$lib/indicators/dimensions';
import type { Database } from '../db/schema';

/** What each dimension's level is read from: answers stored in their codes, and INT1 as yes/no. */
const LEVELS: Record<Dimension, RawBuilder<string | null>> = {
	sex: sql`d1`,
	age_band: sql`age_band`,
	region: sql`d3`,
	education: sql`d4`,
	returnee: sql`d5`,
	exposure: sql`e1`,
	intention: sql`case score_int1 when 1 then 'yes' when 0 then 'no' end`
};

export const SCORE_COLUMN: Record<IndicatorId, string> = Object.fromEntries(INDICATORS.map((indicator) => [indicator.id, `score_${indicator.id.toLowerCase()}`])) as Record<
	IndicatorId,
	string
>;

/**
 * Counts, sums and sums of squares of every indicator's scores per wave and group (and per level of a
 * dimension): the database adds them up, so that no report ever loads a campaign's responses.
 */
export async function sumCells(db: Kysely<Database>, campaignId: string, dimension: Dimension | null): Promise<CellSums[]> {
	const level = dimension ? LEVELS[dimension] : sql<string | null>`null`;
	const sums = INDICATORS.flatMap((indicator) => {
		const column = sql.ref(SCORE_COLUMN[indicator.id]);
		const key = indicator.id.toLowerCase();
		return [
			sql<number>`count(${column})`.as(`${key}_n`),
			sql<number>`coalesce(sum(${column}), 0)`.as(`${key}_sum`),
			sql<number>`coalesce(sum(${column} * ${column}), 0)`.as(`${key}_squares`)
		];
	});
	const rows = await db
		.selectFrom('responses')
		.select([
			'wave',
			'group_name',
			level.as('level'),
			sql<number>`count(*)`.as('respondents'),
			sql<number>`coalesce(sum(case when duration_seconds < 120 then 1 else 0 end), 0)`.as('quick'),
			...sums
		])
		.where('campaign_id', '=', campaignId)
		.groupBy(['wave', 'group_name', sql`3`])
		.execute();
	return rows.map((row) => toCellSums(row as unknown as Record<string, unknown>));
}

function toCellSums(row: Record<string, unknown>): CellSums {
	const indicators = Object.fromEntries(
		INDICATORS.map((indicator) => {
			const key = indicator.id.toLowerCase();
			return [indicator.id, { n: Number(row[`${key}_n`]), sum: Number(row[`${key}_sum`]), sumSquares: Number(row[`${key}_squares`]) }];
		})
	) as Record<IndicatorId, Sums>;
	return {
		wave: row.wave as Wave,
		group: row.group_name as Group,
		level: row.level === null || row.level === undefined ? null : String(row.level),
		respondents: Number(row.respondents),
		quick: Number(row.quick),
		indicators
	};
}
