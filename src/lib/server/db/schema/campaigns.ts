import type { Flag, Timestamp } from './values';

export type CampaignStatus = 'draft' | 'collecting' | 'closed';

export interface CampaignsTable {
	id: string;
	organisation_id: string;
	title: string;
	description: string;
	/** JSON arrays and objects, as text. */
	countries: string;
	regions: string;
	channels: string;
	audience_min_age: number | null;
	audience_max_age: number | null;
	audience_sex: 'all' | 'female' | 'male';
	audience_description: string;
	languages: string;
	/** YYYY-MM-DD */
	start_date: string;
	end_date: string;
	signature_messages: string;
	placebo_message: string;
	comparison_group: Flag;
	status: CampaignStatus;
	/** Respondents needed per wave and group (the sample-size planner's answer); null until set. */
	sample_target: number | null;
	created_by_user_id: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	/** YYYY-MM-DD: from the day after, the raw responses are deleted and the indicator sums kept. */
	responses_expire_on: string | null;
	responses_deleted_at: Timestamp | null;
	/** Whether respondents carry a panel code that follows them from one wave to the next. */
	panel: Flag;
	/** Whether respondents' pages offer to play each page's recorded questions in turn (0 unless set). */
	read_aloud: Flag;
}

export interface SurveyVersionsTable {
	id: string;
	campaign_id: string;
	number: number;
	status: 'draft' | 'published';
	core_module_version: number;
	/** JSON: CustomQuestion[] */
	custom_questions: string;
	/** JSON, set on publishing: the campaign's languages, regions and messages as they were then. */
	frozen_settings: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	published_at: Timestamp | null;
}

export type Wave = 'baseline' | 'endline' | 'followup';
export type Group = 'exposed' | 'comparison';

export interface CollectionLinksTable {
	id: string;
	campaign_id: string;
	wave: Wave;
	group_name: Group;
	mode: 'self' | 'enumerator';
	token: string;
	opens_at: Timestamp | null;
	closes_at: Timestamp | null;
	created_at: Timestamp;
	/** The cluster every response through the link carries, if any. */
	cluster_id: string | null;
}

export interface CampaignLogosTable {
	campaign_id: string;
	content_type: string;
	/** base64 */
	data: string;
	updated_at: Timestamp;
}

/** A campaign's translations of Mesure's texts into a language it added. */
export interface CampaignAddedTextsTable {
	campaign_id: string;
	language: string;
	/** JSON `{ "<key>": "<text>" }`: `core.<key>`, `respondent.<key>`. */
	texts: string;
	updated_at: Timestamp;
}

/** A question read aloud in one of its campaign's languages (see the migration question_recordings). */
export interface QuestionRecordingsTable {
	campaign_id: string;
	/** A core module item's id or a custom question's code. */
	question: string;
	/** BCP 47, as the campaign lists its languages. */
	language: string;
	media_type: string;
	size: number;
	duration_ms: number;
	/** SHA-256 of the bytes, hex. */
	hash: string;
	data: Uint8Array;
	updated_at: Timestamp;
}

export interface CampaignTables {
	campaigns: CampaignsTable;
	survey_versions: SurveyVersionsTable;
	campaign_added_texts: CampaignAddedTextsTable;
	collection_links: CollectionLinksTable;
	campaign_logos: CampaignLogosTable;
	question_recordings: QuestionRecordingsTable;
}
