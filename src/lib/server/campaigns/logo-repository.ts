import type { Kysely, Transaction } from 'kysely';
import type { CampaignLogosTable, Database } from '../db/schema';
import type { Logo } from './logo';

type Db = Kysely<Database> | Transaction<Database>;

export async function upsertLogo(db: Db, row: CampaignLogosTable): Promise<void> {
	await db
		.insertInto('campaign_logos')
		.values(row)
		.onConflict((oc) =>
			oc
				.column('campaign_id')
				.doUpdateSet({ content_type: row.content_type, data: row.data, updated_at: row.updated_at })
		)
		.execute();
}

export async function deleteLogo(db: Db, campaignId: string): Promise<void> {
	await db.deleteFrom('campaign_logos').where('campaign_id', '=', campaignId).execute();
}

export async function findLogo(db: Db, campaignId: string): Promise<Logo | undefined> {
	const row = await db
		.selectFrom('campaign_logos')
		.selectAll()
		.where('campaign_id', '=', campaignId)
		.executeTakeFirst();
	return row && toLogo(row);
}

/** The logo of the campaign a collection link belongs to: what respondents' pages show. */
export async function findLogoByLinkToken(db: Db, token: string): Promise<Logo | undefined> {
	const row = await db
		.selectFrom('campaign_logos as g')
		.innerJoin('collection_links as l', 'l.campaign_id', 'g.campaign_id')
		.select(['g.campaign_id', 'g.content_type', 'g.data', 'g.updated_at'])
		.where('l.token', '=', token)
		.executeTakeFirst();
	return row && toLogo(row);
}

function toLogo(row: CampaignLogosTable): Logo {
	return {
		contentType: row.content_type as Logo['contentType'],
		bytes: new Uint8Array(Buffer.from(row.data, 'base64')),
		updatedAt: row.updated_at
	};
}
