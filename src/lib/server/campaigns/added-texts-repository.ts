import type { Kysely, Transaction } from 'kysely';
import { isCoreLanguage } from '$lib/core-module';
import type { AddedTexts } from '$lib/survey/words';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * A campaign's translations of Mesure's texts, by the language it added (kept for a language it stopped offering
 * too). A campaign in Mesure's languages alone, nearly every one, has none: no query then.
 */
export async function listAddedTexts(
	db: Db,
	campaign: { id: string; languages: readonly string[] }
): Promise<Record<string, AddedTexts>> {
	if (campaign.languages.every(isCoreLanguage)) return {};
	const campaignId = campaign.id;
	const rows = await db
		.selectFrom('campaign_added_texts')
		.select(['language', 'texts'])
		.where('campaign_id', '=', campaignId)
		.execute();
	return Object.fromEntries(rows.map((row) => [row.language, JSON.parse(row.texts) as AddedTexts]));
}

/** A campaign's translations into one language it added; empty when it has none. */
export async function findAddedTexts(db: Db, campaignId: string, language: string): Promise<AddedTexts> {
	const row = await db
		.selectFrom('campaign_added_texts')
		.select('texts')
		.where('campaign_id', '=', campaignId)
		.where('language', '=', language)
		.executeTakeFirst();
	return row ? (JSON.parse(row.texts) as AddedTexts) : {};
}

export async function saveAddedTexts(
	db: Db,
	campaignId: string,
	language: string,
	texts: AddedTexts,
	updatedAt: string
): Promise<void> {
	await db
		.insertInto('campaign_added_texts')
		.values({ campaign_id: campaignId, language, texts: JSON.stringify(texts), updated_at: updatedAt })
		.onConflict((conflict) =>
			conflict.columns(['campaign_id', 'language']).doUpdateSet({ texts: JSON.stringify(texts), updated_at: updatedAt })
		)
		.execute();
}
