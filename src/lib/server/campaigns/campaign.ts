import { E2_OPTIONS } from '$lib/core-module';
import { SURVEY_LANGUAGES, type LocalisedText, type SurveyLanguage } from '$lib/survey/custom-question';
import type { Channel } from '$lib/campaigns/types';
import type { CampaignsTable, CampaignStatus } from '../db/schema';

export type { CampaignStatus, LocalisedText };

export const RESPONDENT_LANGUAGES = SURVEY_LANGUAGES;
export type RespondentLanguage = SurveyLanguage;

/** The campaign's channels are the answers of E2 ("where did you see or hear the messages?"). */
export const CHANNELS = E2_OPTIONS;

export const AUDIENCE_SEXES = ['all', 'female', 'male'] as const;

export interface Region {
	/** The answer code of D3. */
	code: string;
	name: string;
}

export interface Campaign {
	id: string;
	organisationId: string;
	title: string;
	description: string;
	countries: string[];
	regions: Region[];
	channels: Channel[];
	audience: { minAge: number | null; maxAge: number | null; sex: (typeof AUDIENCE_SEXES)[number]; description: string };
	languages: RespondentLanguage[];
	startDate: string;
	endDate: string;
	signatureMessages: LocalisedText[];
	placeboMessage: LocalisedText;
	comparisonGroup: boolean;
	status: CampaignStatus;
	/** Respondents needed per wave and group, as set from the sample-size planner; null until set. */
	sampleTarget: number | null;
	createdAt: string;
	updatedAt: string;
}

export function toCampaign(
	row: Omit<
		CampaignsTable,
		'created_by_user_id' | 'responses_expire_on' | 'responses_deleted_at' | 'panel' | 'read_aloud'
	>
): Campaign {
	return {
		id: row.id,
		organisationId: row.organisation_id,
		title: row.title,
		description: row.description,
		countries: JSON.parse(row.countries),
		regions: JSON.parse(row.regions),
		channels: JSON.parse(row.channels),
		audience: {
			minAge: row.audience_min_age === null ? null : Number(row.audience_min_age),
			maxAge: row.audience_max_age === null ? null : Number(row.audience_max_age),
			sex: row.audience_sex,
			description: row.audience_description
		},
		languages: JSON.parse(row.languages),
		startDate: row.start_date,
		endDate: row.end_date,
		signatureMessages: JSON.parse(row.signature_messages),
		placeboMessage: JSON.parse(row.placebo_message),
		comparisonGroup: Number(row.comparison_group) === 1,
		status: row.status,
		sampleTarget: row.sample_target === null || row.sample_target === undefined ? null : Number(row.sample_target),
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}
