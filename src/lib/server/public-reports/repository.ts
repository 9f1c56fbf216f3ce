import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface LivePublicReport {
	id: string;
	campaignId: string;
	createdAt: string;
}

export async function insertPublicReport(
	db: Db,
	row: { id: string; campaignId: string; tokenHash: string; createdBy: string; createdAt: string }
): Promise<void> {
	await db
		.insertInto('public_reports')
		.values({
			id: row.id,
			campaign_id: row.campaignId,
			token_hash: row.tokenHash,
			created_by_user_id: row.createdBy,
			created_at: row.createdAt,
			withdrawn_by_user_id: null,
			withdrawn_at: null
		})
		.execute();
}

/** False when the campaign had no live public report. */
export async function withdrawLivePublicReport(
	db: Db,
	campaignId: string,
	withdrawnBy: string,
	at: string
): Promise<boolean> {
	const result = await db
		.updateTable('public_reports')
		.set({ withdrawn_at: at, withdrawn_by_user_id: withdrawnBy })
		.where('campaign_id', '=', campaignId)
		.where('withdrawn_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

export async function findLivePublicReportOf(db: Db, campaignId: string): Promise<LivePublicReport | undefined> {
	const row = await db
		.selectFrom('public_reports')
		.select(['id', 'campaign_id', 'created_at'])
		.where('campaign_id', '=', campaignId)
		.where('withdrawn_at', 'is', null)
		.executeTakeFirst();
	return row && { id: row.id, campaignId: row.campaign_id, createdAt: row.created_at };
}

/** The campaign whose live public report the token's hash opens, or nothing (unknown and withdrawn alike). */
export async function findCampaignIdByTokenHash(db: Db, tokenHash: string): Promise<string | undefined> {
	const row = await db
		.selectFrom('public_reports')
		.select('campaign_id')
		.where('token_hash', '=', tokenHash)
		.where('withdrawn_at', 'is', null)
		.executeTakeFirst();
	return row?.campaign_id;
}
