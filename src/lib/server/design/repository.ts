import type { Kysely, Transaction } from 'kysely';
import type { Cluster } from '$lib/design/types';
import type { CampaignClustersTable, Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A declared cluster with the id responses and links refer to it by. */
export interface StoredCluster extends Cluster {
	id: string;
}

function toStoredCluster(row: CampaignClustersTable): StoredCluster {
	return {
		id: row.id,
		code: row.code,
		name: row.name,
		stratum: row.stratum,
		weight: row.weight === null ? null : Number(row.weight)
	};
}

/** The campaign's clusters, in the order they were given. */
export async function listClusters(db: Db, campaignId: string): Promise<StoredCluster[]> {
	const rows = await db
		.selectFrom('campaign_clusters')
		.selectAll()
		.where('campaign_id', '=', campaignId)
		.orderBy('position')
		.execute();
	return rows.map(toStoredCluster);
}

/** The declared cluster of that code, whatever its case. */
export async function findClusterByCode(db: Db, campaignId: string, code: string): Promise<StoredCluster | undefined> {
	const row = await db
		.selectFrom('campaign_clusters')
		.selectAll()
		.where('campaign_id', '=', campaignId)
		.where('code_key', '=', code.toLowerCase())
		.executeTakeFirst();
	return row && toStoredCluster(row);
}

/** Whether respondents carry a panel code, and whether the raw responses were deleted (their sums kept). */
export async function readDesignSettings(
	db: Db,
	campaignId: string
): Promise<{ panel: boolean; responsesDeleted: boolean }> {
	const row = await db
		.selectFrom('campaigns')
		.select(['panel', 'responses_deleted_at'])
		.where('id', '=', campaignId)
		.executeTakeFirstOrThrow();
	return { panel: Number(row.panel) === 1, responsesDeleted: row.responses_deleted_at !== null };
}

/** Clusters that hold a response (rejected ones too: they may be restored) or the sums of one. */
export async function listClustersInUse(db: Db, campaignId: string): Promise<Set<string>> {
	const [stored, summed, linked] = await Promise.all([
		db
			.selectFrom('responses')
			.select('cluster_id')
			.distinct()
			.where('campaign_id', '=', campaignId)
			.where('cluster_id', 'is not', null)
			.execute(),
		db
			.selectFrom('design_psus')
			.select('psu')
			.distinct()
			.where('campaign_id', '=', campaignId)
			.where('psu', 'like', 'c:%')
			.execute(),
		// A cluster's link that has taken responses or endings: removing the cluster would take them with it.
		db
			.selectFrom('collection_links as l')
			.select('l.cluster_id')
			.distinct()
			.where('l.campaign_id', '=', campaignId)
			.where('l.cluster_id', 'is not', null)
			.where((eb) =>
				eb.or([
					eb.exists(eb.selectFrom('responses as r').select('r.id').whereRef('r.link_id', '=', 'l.id')),
					eb.exists(eb.selectFrom('survey_endings as e').select('e.client_id').whereRef('e.link_id', '=', 'l.id'))
				])
			)
			.execute()
	]);
	return new Set([
		...stored.map((row) => row.cluster_id!),
		...summed.map((row) => row.psu.slice(2)),
		...linked.map((row) => row.cluster_id!)
	]);
}

/** The clusters that have a collection link of their own (its flyer may be posted in the village). */
export async function listLinkedClusters(db: Db, campaignId: string): Promise<Set<string>> {
	const rows = await db
		.selectFrom('collection_links')
		.select('cluster_id')
		.distinct()
		.where('campaign_id', '=', campaignId)
		.where('cluster_id', 'is not', null)
		.execute();
	return new Set(rows.map((row) => row.cluster_id!));
}

/** What the service decided to write: every cluster in its new order, marked new or not, and those to remove. */
export interface ClusterChanges {
	/** In their new order; `changed` false for a kept cluster whose values and position stay. */
	listed: { cluster: StoredCluster; state: 'new' | 'changed' | 'same' }[];
	removedIds: string[];
}

const CHUNK = 200;

/** Writes the campaign's clusters as listed and its panel setting. */
export async function writeDesign(
	trx: Transaction<Database>,
	campaignId: string,
	changes: ClusterChanges,
	panel: boolean
): Promise<void> {
	if (changes.removedIds.length > 0)
		await trx.deleteFrom('campaign_clusters').where('id', 'in', changes.removedIds).execute();
	const rows = changes.listed.map(({ cluster, state }, position) => ({
		state,
		row: {
			id: cluster.id,
			campaign_id: campaignId,
			position,
			code: cluster.code,
			code_key: cluster.code.toLowerCase(),
			name: cluster.name,
			stratum: cluster.stratum,
			weight: cluster.weight
		} satisfies CampaignClustersTable
	}));
	for (const { state, row } of rows) {
		if (state !== 'changed') continue;
		const { id, ...values } = row;
		await trx.updateTable('campaign_clusters').set(values).where('id', '=', id).execute();
	}
	const added = rows.filter(({ state }) => state === 'new').map(({ row }) => row);
	for (let start = 0; start < added.length; start += CHUNK)
		await trx
			.insertInto('campaign_clusters')
			.values(added.slice(start, start + CHUNK))
			.execute();
	await trx
		.updateTable('campaigns')
		.set({ panel: panel ? 1 : 0 })
		.where('id', '=', campaignId)
		.execute();
}
