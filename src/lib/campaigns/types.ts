import type { E2_OPTIONS } from '$lib/core-module';

/** The campaign's channels are the answers of E2 ("where did you see or hear the messages?"). */
export type Channel = (typeof E2_OPTIONS)[number];

/** The campaign form as typed: every field a string or a list of strings, so it can be shown again as it was. */
export interface CampaignFormValues {
	organisationId: string;
	title: string;
	description: string;
	countries: string[];
	regions: string;
	channels: string[];
	audienceMinAge: string;
	audienceMaxAge: string;
	audienceSex: string;
	audienceDescription: string;
	languages: string[];
	/** Languages beyond Mesure's five, by their codes, as typed: `wo, ff`. */
	addedLanguages: string;
	/** The language the messages are typed in: it becomes the campaign's first language. */
	messagesLanguage: string;
	startDate: string;
	endDate: string;
	signatureMessages: string[];
	placeboMessage: string;
	comparisonGroup: boolean;
}
