import { sql, type Kysely, type Transaction } from 'kysely';
import { generateId } from '../crypto';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface Retention {
	/** YYYY-MM-DD: from the day after, the raw responses are deleted. */
	expiresOn: string | null;
	/** When they were deleted for it, if they were. */
	deletedAt: string | null;
	responses: number;
}

export async function readRetention(db: Db, campaignId: string): Promise<Retention> {
	const row = await db
		.selectFrom('campaigns')
		.select(['responses_expire_on', 'responses_deleted_at'])
		.select((eb) =>
			eb
				.selectFrom('responses')
				.select(sql<number>`count(*)`.as('n'))
				.whereRef('responses.campaign_id', '=', 'campaigns.id')
				.as('responses')
		)
		.where('id', '=', campaignId)
		.executeTakeFirstOrThrow();
	return {
		expiresOn: row.responses_expire_on,
		deletedAt: row.responses_deleted_at,
		responses: Number(row.responses ?? 0)
	};
}

export async function writeExpiry(db: Db, campaignId: string, expiresOn: string | null): Promise<void> {
	await db.updateTable('campaigns').set({ responses_expire_on: expiresOn }).where('id', '=', campaignId).execute();
}

/**
 * Deletes the campaign's raw responses and answers how many. With `keepSums`, the indicator sums stay, so its
 * indicators are computed as before; without, they go too, and so do the refusals counted.
 */
export async function deleteResponsesOf(db: Db, campaignId: string, keepSums: boolean, now: Date): Promise<number> {
	const deleted = await db.deleteFrom('responses').where('campaign_id', '=', campaignId).executeTakeFirst();
	// Listed among the campaign's changes: every response before it is gone.
	if (Number(deleted.numDeletedRows) > 0)
		await db
			.insertInto('response_deletions')
			.values({
				id: generateId(),
				campaign_id: campaignId,
				response_id: null,
				client_id: null,
				wave: null,
				group_name: null,
				collected_by_user_id: null,
				kind: 'purged',
				deleted_at: now.toISOString(),
				change_version: null
			})
			.execute();
	if (!keepSums) {
		await db.deleteFrom('indicator_sums').where('campaign_id', '=', campaignId).execute();
		await db.deleteFrom('indicator_level_sums').where('campaign_id', '=', campaignId).execute();
		await db.deleteFrom('design_sums').where('campaign_id', '=', campaignId).execute();
		await db.deleteFrom('design_psu_levels').where('campaign_id', '=', campaignId).execute();
		await db.deleteFrom('design_psus').where('campaign_id', '=', campaignId).execute();
		await db.deleteFrom('survey_endings').where('campaign_id', '=', campaignId).execute();
	}
	return Number(deleted.numDeletedRows);
}

export async function markResponsesDeleted(db: Db, campaignId: string, at: string): Promise<void> {
	await db.updateTable('campaigns').set({ responses_deleted_at: at }).where('id', '=', campaignId).execute();
}

/** Campaigns whose day has passed and that still hold responses. */
export async function listCampaignsToExpire(db: Db, today: string): Promise<{ id: string; organisationId: string }[]> {
	const rows = await db
		.selectFrom('campaigns')
		.select(['id', 'organisation_id'])
		.where('responses_expire_on', 'is not', null)
		.where('responses_expire_on', '<', today)
		.where((eb) =>
			eb.exists(
				eb.selectFrom('responses').select('responses.id').whereRef('responses.campaign_id', '=', 'campaigns.id')
			)
		)
		.execute();
	return rows.map((row) => ({ id: row.id, organisationId: row.organisation_id }));
}

export async function deleteCampaignRow(db: Db, campaignId: string): Promise<void> {
	await db.deleteFrom('campaigns').where('id', '=', campaignId).execute();
}
