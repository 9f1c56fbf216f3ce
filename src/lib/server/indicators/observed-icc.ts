import { sql, type Kysely } from 'kysely';
import { iccFromDesignEffect } from '$lib/stats';
import { listCampaignsOf } from '../campaigns/repository';
import type { Database } from '../db/schema';
import { listOrganisationsOfUser } from '../organisations/repository';
import { getCampaignReport } from './service';

/** The most recent clustered campaigns an estimate is drawn from. */
const MOST_CAMPAIGNS = 20;

export interface ObservedIcc {
	icc: number;
	/** The clustered campaigns it comes from, and their clusters. */
	campaigns: number;
	clusters: number;
}

/** Below this many clusters in all, an observed ICC is a rough guide only (its own interval is wide). */
export const FEW_CLUSTERS_FOR_ICC = 30;

/**
 * The intra-cluster correlation the user's organisations' past clustered campaigns imply (docs/standard.md §4.6):
 * per campaign, ICC = (deff − 1) / (m̄ − 1) from the mean design effect of KNW1's cells and the mean respondents a
 * cluster holds in a wave and group; their mean, at least 0. Null without a clustered campaign.
 */
export async function observeIcc(db: Kysely<Database>, actorId: string): Promise<ObservedIcc | null> {
	const organisations = await listOrganisationsOfUser(db, actorId);
	const campaigns = await listCampaignsOf(
		db,
		organisations.map((organisation) => organisation.id),
		{}
	);
	if (campaigns.length === 0) return null;
	const sizes = await db
		.selectFrom('design_psus')
		.select([
			'campaign_id',
			sql<number>`sum(respondents)`.as('respondents'),
			sql<number>`count(*)`.as('clusters'),
			sql<number>`count(distinct psu)`.as('distinct_clusters')
		])
		.where(
			'campaign_id',
			'in',
			campaigns.map((campaign) => campaign.id)
		)
		.where('psu', 'like', 'c:%')
		.groupBy('campaign_id')
		.execute();
	const iccs: number[] = [];
	let clusters = 0;
	for (const size of sizes.slice(0, MOST_CAMPAIGNS)) {
		const campaign = campaigns.find((candidate) => candidate.id === size.campaign_id)!;
		const report = await getCampaignReport(db, { campaign, data: 'full' }, []);
		const deffs = report.indicators
			.find((indicator) => indicator.id === 'KNW1')!
			.cells.flatMap((cell) => (cell.deff === null ? [] : [cell.deff]));
		if (deffs.length === 0) continue;
		const deff = deffs.reduce((a, b) => a + b, 0) / deffs.length;
		const icc = iccFromDesignEffect(deff, Number(size.respondents) / Number(size.clusters));
		if (icc === null) continue;
		iccs.push(Math.max(0, icc));
		clusters += Number(size.distinct_clusters);
	}
	if (iccs.length === 0) return null;
	return { icc: iccs.reduce((a, b) => a + b, 0) / iccs.length, campaigns: iccs.length, clusters };
}
