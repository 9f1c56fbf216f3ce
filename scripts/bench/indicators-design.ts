// The sampling design bench:indicators gives its campaigns for its clustered cases (docs/standard.md §4.6): clusters
// declared as an editor declares them, in strata, each with a design weight, and the responses already stored
// placed in them (some with their own weight, as an import after non-response adjustment brings), then the sums
// made again as after an import.
import { sql, type Kysely } from 'kysely';
import { getCampaignAccess } from '../../src/lib/server/access/campaign';
import type { Database, Group, Wave } from '../../src/lib/server/db/schema';
import { addClusterLinks } from '../../src/lib/server/surveys/links';
import { updateDesign } from '../../src/lib/server/design/service';
import { rebuildIndicatorSums } from '../../src/lib/server/indicators/sums';
import { bumpDataVersion } from '../../src/lib/server/indicators/versions';
import { BenchError } from './app.js';

const STRATA = ['north', 'south', 'capital', 'border'] as const;
/** Each stratum's typical design weight (the inverse of a cluster's chance of being drawn). */
const STRATUM_WEIGHTS = [150, 90, 60, 220];
/** One response in this many carries its own weight: its cluster's, adjusted for non-response. */
const OWN_WEIGHT_EVERY = 10;

/** The clusters of a campaign: the first half in its exposed group, the second in its comparison group. */
export interface ClusterPlan {
	clusters: number;
}

/** Cluster `index`'s code: C001, C002, … */
export function clusterCode(index: number): string {
	return `C${String(index + 1).padStart(3, '0')}`;
}

/** The clusters as the design page or the API declares them: each group's clusters spread evenly over the strata. */
export function declaredClusters({ clusters }: ClusterPlan) {
	const half = clusters / 2;
	return Array.from({ length: clusters }, (_, index) => {
		const stratum = Math.floor(((index % half) * STRATA.length) / half);
		// 0.75 to 1.25 times the stratum's weight, varying from cluster to cluster.
		const weight = Math.round(STRATUM_WEIGHTS[stratum] * (0.75 + (((index * 7) % 11) / 10) * 0.5) * 100) / 100;
		return { line: index + 1, code: clusterCode(index), stratum: STRATA[stratum], weight };
	});
}

/**
 * Declares the campaign's clusters (through the design service, as its owner) and places every stored response in
 * one of its group's clusters, in turn within each wave and group: a cluster is surveyed at baseline and endline.
 * Then the campaign's sums, design sums included, are made again and its data version moves.
 */
export async function clusterCampaign(
	db: Kysely<Database>,
	ownerId: string,
	campaignId: string,
	plan: ClusterPlan
): Promise<void> {
	if (plan.clusters < 2 || plan.clusters % 2 !== 0) throw new BenchError('clusters: an even number, at least 2');
	const access = await getCampaignAccess(db, ownerId, campaignId);
	const declared = await updateDesign(db, access, ownerId, { clusters: declaredClusters(plan) });
	if (!declared.ok)
		throw new BenchError(`the design of ${campaignId} was refused: ${JSON.stringify(declared.problems)}`);
	const half = sql.lit(plan.clusters / 2);
	await db.transaction().execute(async (trx) => {
		await sql`
			update responses set cluster_id = placed.cluster_id, weight = placed.weight
			from (
				select r.id, k.id as cluster_id,
					case when r.n % ${sql.lit(OWN_WEIGHT_EVERY)} = 3 then k.weight * (1.0 + (r.n % 7) / 10.0) end as weight
				from (
					select id, group_name, row_number() over (partition by wave, group_name order by id) - 1 as n
					from responses where campaign_id = ${campaignId}
				) as r
				join campaign_clusters as k on k.campaign_id = ${campaignId}
					and k.position = (case when r.group_name = 'exposed' then 0 else ${half} end) + r.n % ${half}
			) as placed
			where responses.id = placed.id`.execute(trx);
		await rebuildIndicatorSums(trx, campaignId);
		await bumpDataVersion(trx, campaignId);
	});
}

/**
 * Self-completed links for the cluster a new response to each cell (`wave group`) is sent through, one of that
 * group's, made as an owner makes them on the design page: each cell's token.
 */
export async function makeClusterLinks(
	db: Kysely<Database>,
	ownerId: string,
	campaignId: string,
	{ clusters }: ClusterPlan
): Promise<Map<string, string>> {
	const half = clusters / 2;
	const tokens = new Map<string, string>();
	for (const [cell, index] of [
		['baseline exposed', 0],
		['endline exposed', 1],
		['baseline comparison', half],
		['endline comparison', half + 1]
	] as const) {
		const [wave, group] = cell.split(' ') as [Wave, Group];
		const [link] = await addClusterLinks(db, ownerId, campaignId, { cell: [wave, group], cluster: clusterCode(index) });
		tokens.set(cell, link.token);
	}
	return tokens;
}
