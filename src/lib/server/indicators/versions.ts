import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The campaign's responses changed: reports made from them are out of date. The responses and deletions changed
 * in the transaction (their version null) take the new version: the changes a pipeline asks for since one.
 */
export async function bumpDataVersion(db: Db, campaignId: string): Promise<void> {
	await db
		.insertInto('campaign_data_versions')
		.values({ campaign_id: campaignId, version: 1 })
		.onConflict((oc) =>
			oc.column('campaign_id').doUpdateSet({ version: sql<number>`campaign_data_versions.version + 1` })
		)
		.execute();
	// The version row stays locked until the transaction ends: a campaign's changes commit in their versions' order.
	const version = sql<number>`(select version from campaign_data_versions where campaign_id = ${campaignId})`;
	await db
		.updateTable('responses')
		.set({ change_version: version, created_version: sql`coalesce(created_version, ${version})` })
		.where('campaign_id', '=', campaignId)
		.where('change_version', 'is', null)
		.execute();
	await db
		.updateTable('response_deletions')
		.set({ change_version: version })
		.where('campaign_id', '=', campaignId)
		.where('change_version', 'is', null)
		.execute();
}

/** 0 for a campaign whose responses never changed. */
export async function readDataVersion(db: Db, campaignId: string): Promise<number> {
	const row = await db
		.selectFrom('campaign_data_versions')
		.select('version')
		.where('campaign_id', '=', campaignId)
		.executeTakeFirst();
	return row ? Number(row.version) : 0;
}

/** The data versions of several campaigns in one query; 0 for those whose responses never changed. */
export async function readDataVersions(db: Db, campaignIds: readonly string[]): Promise<Map<string, number>> {
	const versions = new Map<string, number>(campaignIds.map((id) => [id, 0]));
	if (campaignIds.length === 0) return versions;
	const rows = await db
		.selectFrom('campaign_data_versions')
		.select(['campaign_id', 'version'])
		.where('campaign_id', 'in', campaignIds)
		.execute();
	for (const row of rows) versions.set(row.campaign_id, Number(row.version));
	return versions;
}
