import { SMALLEST_SHOWN_COUNT } from '$lib/indicators/redact';
import { sql, type Kysely } from 'kysely';
import type { IndicatorId } from '$lib/core-module';
import type { CampaignDesignSums, ExposedWaves } from '$lib/comparison/pool';
import type { Group, Wave } from '$lib/indicators/types';
import type { Database } from '../db/schema';
import { DESIGN_SUM_COLUMNS } from '../indicators/design-columns';
import { SUM_COLUMNS } from '../indicators/sum-columns';

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

/**
 * For the campaigns of complex design (docs/standard.md §4.6), one indicator's design sums per wave, group and
 * PSU, and every campaign's count of responses (the frame's singletons are those without a PSU): two queries
 * for them all, a row per PSU. Campaigns of simple design have none.
 */
export async function sumDesignPsus(
	db: Kysely<Database>,
	campaignIds: readonly string[],
	indicator: IndicatorId
): Promise<Map<string, CampaignDesignSums>> {
	if (campaignIds.length === 0) return new Map();
	const c = DESIGN_SUM_COLUMNS.find((candidate) => candidate.indicator.id === indicator)!;
	const column = (name: string | null, fallback: string) => sql.ref<number>(name ?? fallback);
	const rows = await db
		.selectFrom('design_psus')
		.select([
			'campaign_id',
			'wave',
			'group_name',
			'psu',
			'stratum',
			'respondents',
			column(c.n, c.n).as('n'),
			column(c.y, c.y).as('y'),
			column(c.yy, c.y).as('yy'),
			column(c.w, c.w).as('w'),
			column(c.wy, c.wy).as('wy'),
			column(c.wyy, c.wy).as('wyy'),
			column(c.ww, c.ww).as('ww'),
			column(c.wwy, c.wwy).as('wwy'),
			column(c.wwyy, c.wwy).as('wwyy')
		])
		.where('campaign_id', 'in', campaignIds)
		.execute();
	if (rows.length === 0) return new Map();
	const complex = [...new Set(rows.map((row) => row.campaign_id))];
	const counted = await db
		.selectFrom('indicator_sums')
		.select(['campaign_id', 'wave', 'group_name', sql<number>`sum(respondents)`.as('respondents')])
		.where('campaign_id', 'in', complex)
		.groupBy(['campaign_id', 'wave', 'group_name'])
		.execute();
	// As donors read a report (docs/standard.md §4.6): the waves and groups of 1 to 4 respondents, hidden from them,
	// are left out of the frame, so that no PSU count or df (which every interval carries) gives them away.
	const hidden = new Set<string>();
	const byCampaign = new Map<string, CampaignDesignSums>();
	for (const row of counted) {
		const respondents = Number(row.respondents);
		const design = byCampaign.get(row.campaign_id) ?? { respondents: 0, psus: [] };
		byCampaign.set(row.campaign_id, design);
		if (respondents > 0 && respondents < SMALLEST_SHOWN_COUNT)
			hidden.add(`${row.campaign_id}:${row.wave}:${row.group_name}`);
		else design.respondents += respondents;
	}
	for (const row of rows) {
		if (hidden.has(`${row.campaign_id}:${row.wave}:${row.group_name}`)) continue;
		const { n, y, yy, w, wy, wyy, ww, wwy, wwyy } = row;
		byCampaign.get(row.campaign_id)?.psus.push({
			wave: row.wave as Wave,
			group: row.group_name as Group,
			psu: row.psu,
			stratum: row.stratum,
			respondents: Number(row.respondents),
			values: [n, y, yy, w, wy, wyy, ww, wwy, wwyy].map(Number)
		});
	}
	return byCampaign;
}
