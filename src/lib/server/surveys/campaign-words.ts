import type { Kysely } from 'kysely';
import { isCoreLanguage } from '$lib/core-module';
import { findWords, type Words } from '$lib/survey/words';
import { findAddedTexts } from '../campaigns/added-texts-repository';
import type { Database } from '../db/schema';

/** The words of one of a campaign's languages as its draft stands: Mesure's own, or the campaign's translation. */
export async function findCampaignWords(db: Kysely<Database>, campaignId: string, language: string): Promise<Words> {
	if (isCoreLanguage(language)) return findWords(language);
	return findWords(language, await findAddedTexts(db, campaignId, language));
}
