import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema';
import { toCampaign, type Campaign } from './campaign';
import type { CampaignFilters } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

const COLUMNS = [
	'id',
	'organisation_id',
	'title',
	'description',
	'countries',
	'regions',
	'channels',
	'audience_min_age',
	'audience_max_age',
	'audience_sex',
	'audience_description',
	'languages',
	'start_date',
	'end_date',
	'signature_messages',
	'placebo_message',
	'comparison_group',
	'status',
	'sample_target',
	'created_at',
	'updated_at'
] as const;

export async function insertCampaign(db: Db, row: Insertable<CampaignsTable>): Promise<void> {
	await db.insertInto('campaigns').values(row).execute();
}

export async function updateCampaignRow(db: Db, id: string, changes: Updateable<CampaignsTable>): Promise<void> {
	await db.updateTable('campaigns').set(changes).where('id', '=', id).execute();
}

export async function findCampaign(db: Db, id: string): Promise<Campaign | undefined> {
	const row = await db.selectFrom('campaigns').select(COLUMNS).where('id', '=', id).executeTakeFirst();
	return row && toCampaign(row);
}

/** Campaigns of the given organisations, newest first, narrowed by the filters. */
/** Where a page of campaigns starts: after this one in their order (latest start first, then by title). */
export interface CampaignPosition {
	startDate: string;
	title: string;
	id: string;
}

export async function listCampaignsOf(
	db: Db,
	organisationIds: string[],
	filters: Omit<CampaignFilters, 'organisationId'>,
	page: { limit: number; after: CampaignPosition | null } | null = null
): Promise<Campaign[]> {
	if (organisationIds.length === 0) return [];
	let query = db.selectFrom('campaigns').select(COLUMNS).where('organisation_id', 'in', organisationIds);
	if (filters.q) {
		const pattern = `%${filters.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		query = query.where(
			sql<boolean>`(lower(title) like ${pattern} escape '\\' or lower(description) like ${pattern} escape '\\')`
		);
	}
	// Countries are a JSON array of quoted codes, so a code matches only whole.
	if (filters.country) query = query.where('countries', 'like', `%"${filters.country}"%`);
	if (filters.status) query = query.where('status', '=', filters.status);
	if (filters.year) {
		query = query.where('start_date', '<=', `${filters.year}-12-31`).where('end_date', '>=', `${filters.year}-01-01`);
	}
	const after = page?.after;
	if (after)
		query = query.where((eb) =>
			eb.or([
				eb('start_date', '<', after.startDate),
				eb.and([
					eb('start_date', '=', after.startDate),
					eb.or([eb('title', '>', after.title), eb.and([eb('title', '=', after.title), eb('id', '>', after.id)])])
				])
			])
		);
	const ordered = query.orderBy('start_date', 'desc').orderBy('title').orderBy('id');
	const rows = await (page ? ordered.limit(page.limit) : ordered).execute();
	return rows.map(toCampaign);
}

/** Campaigns shared with any of the given organisations, newest first. */
export async function listCampaignsSharedWith(db: Db, organisationIds: string[]): Promise<Campaign[]> {
	if (organisationIds.length === 0) return [];
	const rows = await db
		.selectFrom('campaigns')
		.select(COLUMNS)
		.where(
			'id',
			'in',
			db.selectFrom('campaign_shares').select('campaign_id').where('organisation_id', 'in', organisationIds)
		)
		.orderBy('start_date', 'desc')
		.orderBy('title')
		.execute();
	return rows.map(toCampaign);
}

export async function countAllCampaigns(db: Db): Promise<number> {
	const row = await db
		.selectFrom('campaigns')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}
