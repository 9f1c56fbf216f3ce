import { sql, type Kysely } from 'kysely';
import type { IndicatorId } from '$lib/core-module';
import type { ExposedWaves } from '$lib/comparison/pool';
import type { Wave } from '$lib/indicators/types';
import type { Database } from '../db/schema';
import { SUM_COLUMNS } from '../indicators/sums';

/** The names of organisations by id: whoever may read a campaign's results may read who runs it. */
export async function listOrganisationNames(
	db: Kysely<Database>,
	ids: readonly string[]
): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom('organisations')
		.select(['id', 'name'])
		.where('id', 'in', [...ids])
		.execute();
	return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * One indicator's count, sum and sum of squares per campaign, group and wave: one query for them all. The
 * comparison group's, where there is one, give the campaign's impact beside its change.
 */
export async function sumExposedWaves(
	db: Kysely<Database>,
	campaignIds: readonly string[],
	indicator: IndicatorId
): Promise<ExposedWaves[]> {
	if (campaignIds.length === 0) return [];
	const column = SUM_COLUMNS.find((candidate) => candidate.indicator.id === indicator)!;
	const rows = await db
		.selectFrom('indicator_sums')
		.select([
			'campaign_id',
			'group_name',
			'wave',
			sql<number>`coalesce(sum(${sql.ref(column.n)}), 0)`.as('n'),
			sql<number>`coalesce(sum(${sql.ref(column.sum)}), 0)`.as('sum'),
			sql<number>`coalesce(sum(${sql.ref(column.squares ?? column.sum)}), 0)`.as('squares')
		])
		.where('campaign_id', 'in', campaignIds)
		.groupBy(['campaign_id', 'group_name', 'wave'])
		.execute();
	const byCampaign = new Map<string, ExposedWaves>(
		campaignIds.map((campaignId) => [campaignId, { campaignId, waves: {} }])
	);
	for (const row of rows) {
		const sums = { n: Number(row.n), sum: Number(row.sum), sumSquares: Number(row.squares) };
		const campaign = byCampaign.get(row.campaign_id)!;
		if (row.group_name === 'exposed') campaign.waves[row.wave as Wave] = sums;
		else (campaign.comparison ??= {})[row.wave as Wave] = sums;
	}
	return [...byCampaign.values()];
}
