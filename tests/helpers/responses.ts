import type { Kysely } from 'kysely';
import type { CoreAnswers } from '$lib/core-module';
import { createCampaign } from '$lib/server/campaigns/service';
import type { CreateCampaignInput } from '$lib/server/campaigns/schema';
import type { Database, Group, Wave } from '$lib/server/db/schema';
import { publishSurvey } from '$lib/server/surveys/service';
import type { CollectionLink } from '$lib/server/surveys/survey';
import { ADULT } from '../unit/lib/core-module/respondents';
import { campaignInput } from './fixtures';

/** The fixture campaign with its messages in both of its languages, so that it can be published. */
export function publishableCampaignInput(
	overrides: Partial<Record<keyof CreateCampaignInput, unknown>> = {}
): CreateCampaignInput {
	return campaignInput({
		signatureMessages: [
			{ fr: 'La mer ne pardonne pas.', en: 'The sea does not forgive.' },
			{ fr: 'Le passeur ment.', en: 'The smuggler lies.' }
		],
		...overrides
	});
}

export interface PublishedCampaign {
	campaignId: string;
	links: CollectionLink[];
	link: (wave: Wave, group: Group) => CollectionLink;
}

export async function publishCampaign(
	db: Kysely<Database>,
	actorId: string,
	overrides: Partial<Record<keyof CreateCampaignInput, unknown>> = {}
): Promise<PublishedCampaign> {
	const campaign = await createCampaign(db, actorId, publishableCampaignInput(overrides));
	const { links } = await publishSurvey(db, actorId, campaign.id);
	return {
		campaignId: campaign.id,
		links,
		link: (wave, group) => links.find((link) => link.wave === wave && link.group === group)!
	};
}

/** ADULT, for the fixture campaign: its regions (tamba, kolda) and its two signature messages. */
export const RESPONDENT: CoreAnswers = Object.fromEntries(
	Object.entries({ ...ADULT, D3: 'tamba' }).filter(([id]) => id !== 'E3_3')
) as CoreAnswers;

/** Answers as an HTML form posts them: text, a list for checkboxes. */
export function asFormAnswers(answers: Record<string, unknown>): Record<string, string | string[]> {
	return Object.fromEntries(
		Object.entries(answers).map(([id, value]) => [id, Array.isArray(value) ? value.map(String) : String(value)])
	);
}

/** RESPONDENT as JSON sends it: the API's answers object. */
export function respondentAnswers(
	changes: Record<string, unknown> = {}
): Record<string, string | number | string[] | null> {
	const answers = { ...RESPONDENT, ...changes } as Record<string, unknown>;
	return Object.fromEntries(
		Object.entries(answers).map(([id, value]) => [
			id,
			Array.isArray(value) ? [...value] : (value as string | number | null)
		])
	);
}
