import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { CollectionLinksTable, Database, SurveyVersionsTable } from '../db/schema';
import { toCollectionLink, toSurveyVersion, type CollectionLink, type SurveyVersion } from './survey';

type Db = Kysely<Database> | Transaction<Database>;

const VERSION_COLUMNS = [
	'id',
	'campaign_id',
	'number',
	'status',
	'core_module_version',
	'custom_questions',
	'created_at',
	'updated_at',
	'published_at'
] as const;

const LINK_COLUMNS = [
	'id',
	'campaign_id',
	'wave',
	'group_name',
	'mode',
	'token',
	'opens_at',
	'closes_at',
	'cluster_id'
] as const;

/** The newest version of the campaign's survey, draft or published. */
export async function findLatestVersion(db: Db, campaignId: string): Promise<SurveyVersion | undefined> {
	const row = await db
		.selectFrom('survey_versions')
		.select(VERSION_COLUMNS)
		.where('campaign_id', '=', campaignId)
		.orderBy('number', 'desc')
		.executeTakeFirst();
	return row && toSurveyVersion(row);
}

/** The newest published version, with the campaign settings it froze (JSON). */
export async function findLatestPublishedVersion(
	db: Db,
	campaignId: string
): Promise<(SurveyVersion & { frozenSettings: string }) | undefined> {
	const row = await db
		.selectFrom('survey_versions')
		.select([...VERSION_COLUMNS, 'frozen_settings'])
		.where('campaign_id', '=', campaignId)
		.where('status', '=', 'published')
		.orderBy('number', 'desc')
		.executeTakeFirst();
	return row && { ...toSurveyVersion(row), frozenSettings: row.frozen_settings ?? '' };
}

/** False when the campaign has a version of that number already (another request made it first). */
export async function insertVersion(db: Db, row: Insertable<SurveyVersionsTable>): Promise<boolean> {
	const result = await db
		.insertInto('survey_versions')
		.values(row)
		.onConflict((oc) => oc.columns(['campaign_id', 'number']).doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Saves a draft's questions unless it changed since `readAt` (its `updated_at` then): false if it did. */
export async function updateDraftQuestions(
	db: Db,
	versionId: string,
	customQuestions: string,
	readAt: string,
	nowIso: string
): Promise<boolean> {
	const result = await db
		.updateTable('survey_versions')
		.set({ custom_questions: customQuestions, updated_at: nowIso })
		.where('id', '=', versionId)
		.where('status', '=', 'draft')
		.where('updated_at', '=', readAt)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** Freezes a draft; false when it was not a draft any more (published by a request that came first). */
export async function markPublished(
	db: Db,
	versionId: string,
	frozenSettings: string,
	nowIso: string
): Promise<boolean> {
	const result = await db
		.updateTable('survey_versions')
		.set({ status: 'published', frozen_settings: frozenSettings, published_at: nowIso, updated_at: nowIso })
		.where('id', '=', versionId)
		.where('status', '=', 'draft')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function listLinks(db: Db, campaignId: string): Promise<CollectionLink[]> {
	const rows = await db
		.selectFrom('collection_links as l')
		.leftJoin('campaign_clusters as k', 'k.id', 'l.cluster_id')
		.select([...LINK_COLUMNS.map((column) => `l.${column}` as const), 'k.code as cluster_code'])
		.where('l.campaign_id', '=', campaignId)
		.orderBy('l.wave')
		.orderBy('l.group_name')
		// A wave and group's own link first, then its clusters' in their order.
		.orderBy(sql`case when ${sql.ref('l.cluster_id')} is null then 0 else 1 end`)
		.orderBy('k.position')
		.execute();
	return rows.map(toCollectionLink);
}

export async function insertLink(db: Db, row: Insertable<CollectionLinksTable>): Promise<void> {
	await db.insertInto('collection_links').values(row).execute();
}

/** False when the campaign has no such link. */
export async function updateLink(
	db: Db,
	campaignId: string,
	linkId: string,
	settings: { mode: 'self' | 'enumerator'; opensAt: string | null; closesAt: string | null }
): Promise<boolean> {
	const result = await db
		.updateTable('collection_links')
		.set({ mode: settings.mode, opens_at: settings.opensAt, closes_at: settings.closesAt })
		.where('campaign_id', '=', campaignId)
		.where('id', '=', linkId)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
