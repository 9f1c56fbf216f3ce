import type { Kysely } from 'kysely';
import { createCampaign } from '$lib/server/campaigns/service';
import type { Database } from '$lib/server/db/schema';
import { addCustomQuestions, publishSurvey } from '$lib/server/surveys/service';
import type { CollectionLink } from '$lib/server/surveys/survey';
import { customQuestionSchema } from '$lib/survey/custom-question';
import { publishableCampaignInput } from './responses';

/**
 * A household roster: `members` (how many the respondent says) asks each member's name, age and where they
 * heard the campaign; `pets` is a group of one member; `comment` is asked once.
 */
export const ROSTER_QUESTIONS = [
	{ code: 'members', type: 'repeat', label: { fr: 'Membres du foyer', en: 'Household members' } },
	{ code: 'name', type: 'text', repeat: 'members', label: { fr: 'Prénom', en: 'First name' } },
	{ code: 'age', type: 'integer', repeat: 'members', min: 0, max: 120, label: { fr: 'Âge', en: 'Age' } },
	{
		code: 'likes',
		type: 'multiple',
		repeat: 'members',
		label: { fr: 'Entendu où ?', en: 'Heard where?' },
		options: [
			{ code: 'fm', label: { fr: 'À la radio', en: 'On the radio' } },
			{ code: 'tv', label: { fr: 'À la télévision', en: 'On TV' } }
		]
	},
	{ code: 'pets', type: 'repeat', label: { fr: 'Animaux', en: 'Animals' } },
	{ code: 'kind', type: 'text', repeat: 'pets', label: { fr: 'Espèce', en: 'Kind' } },
	{ code: 'comment', type: 'text', label: { fr: 'Un commentaire ?', en: 'Any comment?' } }
].map((question) => customQuestionSchema.parse({ required: false, ...question }));

/** A published campaign asking ROSTER_QUESTIONS after the core module. */
export async function publishRosterCampaign(
	db: Kysely<Database>,
	ownerId: string
): Promise<{ campaignId: string; links: CollectionLink[] }> {
	const campaignId = (await createCampaign(db, ownerId, publishableCampaignInput({ title: 'Foyers 2026' }))).id;
	await addCustomQuestions(db, ownerId, campaignId, ROSTER_QUESTIONS);
	const { links } = await publishSurvey(db, ownerId, campaignId);
	return { campaignId, links };
}
