import type { Kysely } from 'kysely';
import type { PageAudio } from '$lib/respondents/types';
import type { Database } from '../db/schema';
import { describePageAudio } from '../recordings/page-audio';
import type { CollectTarget } from '../responses/target';

/** The recordings a link's survey page plays in the respondent's language; null when the campaign has none. */
export function describeTargetAudio(
	db: Kysely<Database>,
	target: CollectTarget,
	language: string
): Promise<PageAudio | null> {
	return describePageAudio(
		db,
		{
			campaignId: target.campaign.id,
			token: target.link.token,
			languages: target.version.languages,
			enumerator: target.link.mode === 'enumerator'
		},
		language
	);
}
