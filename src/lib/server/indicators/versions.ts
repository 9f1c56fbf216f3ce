import { sql, type Kysely, type Transaction } from 'kysely';
import type { Group, Wave } from '$lib/indicators/types';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface CellOf {
	wave: Wave;
	group: Group;
}

/** A cell's name in the maps of versions and sums. */
export function cellKey(cell: CellOf): string {
	return `${cell.wave} ${cell.group}`;
}

/** The campaign's responses changed, in these cells (wave × group): reports made from them are out of date. */
export async function bumpDataVersion(db: Db, campaignId: string, cells: readonly CellOf[]): Promise<void> {
	await db
		.insertInto('campaign_data_versions')
		.values({ campaign_id: campaignId, version: 1 })
		.onConflict((oc) => oc.column('campaign_id').doUpdateSet({ version: sql<number>`campaign_data_versions.version + 1` }))
		.execute();
	const distinct = new Map(cells.map((cell) => [cellKey(cell), cell]));
	for (const { wave, group } of distinct.values()) {
		await db
			.insertInto('cell_data_versions')
			.values({ campaign_id: campaignId, wave, group_name: group, version: 1 })
			.onConflict((oc) => oc.columns(['campaign_id', 'wave', 'group_name']).doUpdateSet({ version: sql<number>`cell_data_versions.version + 1` }))
			.execute();
	}
}

/** 0 for a campaign whose responses never changed. */
export async function readDataVersion(db: Db, campaignId: string): Promise<number> {
	const row = await db.selectFrom('campaign_data_versions').select('version').where('campaign_id', '=', campaignId).executeTakeFirst();
	return row ? Number(row.version) : 0;
}

/** The data versions of several campaigns in one query; 0 for those whose responses never changed. */
export async function readDataVersions(db: Db, campaignIds: readonly string[]): Promise<Map<string, number>> {
	const versions = new Map<string, number>(campaignIds.map((id) => [id, 0]));
	if (campaignIds.length === 0) return versions;
	const rows = await db.selectFrom('campaign_data_versions').select(['campaign_id', 'version']).where('campaign_id', 'in', campaignIds).execute();
	for (const row of rows) versions.set(row.campaign_id, Number(row.version));
	return versions;
}

/** The versions of the campaign's cells that ever changed, by `cellKey`; a cell not named is at 0. */
export async function readCellVersions(db: Db, campaignId: string): Promise<Map<string, number>> {
	const rows = await db.selectFrom('cell_data_versions').select(['wave', 'group_name', 'version']).where('campaign_id', '=', campaignId).execute();
	return new Map(rows.map((row) => [cellKey({ wave: row.wave, group: row.group_name }), Number(row.version)]));
}
