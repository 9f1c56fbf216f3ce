import type { ColumnType } from 'kysely';

/** ISO-8601 timestamps (UTC, milliseconds) stored as text: they sort and compare the same way on SQLite and PostgreSQL. */
export type Timestamp = string;

/** Stored as 0 or 1 on both dialects. */
export type Flag = number;

export type OrganisationType = 'ngo' | 'donor';
export type Role = 'owner' | 'editor' | 'viewer' | 'enumerator';

export interface UsersTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	is_admin: ColumnType<Flag, Flag | undefined, Flag>;
	created_at: Timestamp;
}

export interface OrganisationsTable {
	id: string;
	name: string;
	/** The name without case, accents or extra spaces: unique (organisations/name-key.ts). */
	name_key: ColumnType<string | null, string, string>;
	type: OrganisationType;
	created_at: Timestamp;
	/** When an administrator verified the donor organisation; until then it is not offered for sharing. */
	verified_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
	/** Who verified it: the administrator's e-mail address, or "command line". */
	verified_by: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An attempt to sign up with an address that already has an account: told to the administrator, one row per account. */
export interface SignupAttemptsTable {
	user_id: string;
	attempts: number;
	last_at: Timestamp;
}

export interface MembershipsTable {
	organisation_id: string;
	user_id: string;
	role: Role;
	created_at: Timestamp;
}

export interface SessionsTable {
	/** SHA-256 of the session token, hex: the token itself is never stored. */
	id: string;
	user_id: string;
	expires_at: Timestamp;
	active_organisation_id: string | null;
	created_at: Timestamp;
}

export interface ApiTokensTable {
	id: string;
	user_id: string;
	name: string;
	token_hash: string;
	created_at: Timestamp;
	last_used_at: Timestamp | null;
}

export interface InvitationsTable {
	id: string;
	organisation_id: string;
	role: Role;
	token_hash: string;
	created_by_user_id: string;
	created_at: Timestamp;
	expires_at: Timestamp;
	accepted_at: Timestamp | null;
	accepted_by_user_id: string | null;
}

export interface ThrottlesTable {
	key: string;
	failures: number;
	window_started_at: Timestamp;
	blocked_until: Timestamp | null;
}

export interface SettingsTable {
	key: string;
	value: string;
}

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
}

export type Channel = 'form' | 'api' | 'import';

/** Core module v1's answers in the codes of docs/standard.md §2b, one column per item; a list is its codes joined by spaces. */
export interface CoreAnswerColumns {
	c0: string | null;
	d1: string | null;
	c1: string | null;
	d3: string | null;
	d4: string | null;
	d5: string | null;
	e1: string | null;
	e2: string | null;
	e3_1: string | null;
	e3_2: string | null;
	e3_3: string | null;
	e3_4: string | null;
	e3_5: string | null;
	e3_p: string | null;
	k1: string | null;
	k2: string | null;
	k3: string | null;
	k4: string | null;
	k5: string | null;
	k6: string | null;
	k7: string | null;
	k8: string | null;
	a1: string | null;
	r1: string | null;
	r2: string | null;
	r3: string | null;
	r4: string | null;
	r5: string | null;
	t1: string | null;
	m1: string | null;
	m2: string | null;
	m3: string | null;
	p1: string | null;
	p2: string | null;
	p3: string | null;
	p4: string | null;
	tr1: string | null;
	tr2: string | null;
	tr3: string | null;
	tr4: string | null;
	tr5: string | null;
	tr6: string | null;
	s1: string | null;
	d2: number | null;
	i1: number | null;
}

/** Each response's scores on the indicators of docs/standard.md §3 (1/0, a count, or a mean), null where it is left out. */
export interface ScoreColumns {
	score_exp1: number | null;
	score_exp0: number | null;
	score_inf1: number | null;
	score_knw1: number | null;
	score_knw1m: number | null;
	score_knw2: number | null;
	score_att1: number | null;
	score_int1: number | null;
	score_int2: number | null;
	score_tru1: number | null;
	score_tru2: number | null;
	score_shr1: number | null;
	score_rsk1: number | null;
}

export interface ResponsesTable extends CoreAnswerColumns, ScoreColumns {
	id: string;
	campaign_id: string;
	link_id: string;
	survey_version_id: string;
	core_module_version: number;
	wave: Wave;
	group_name: Group;
	language: string;
	mode: 'self' | 'enumerator';
	channel: Channel;
	/** Made by the form or the tool that sent it: one per campaign. */
	client_id: string;
	collected_by_user_id: string | null;
	started_at: Timestamp | null;
	submitted_at: Timestamp;
	received_at: Timestamp;
	duration_seconds: number | null;
	age_band: string | null;
	/** JSON: the custom questions' answers by code. */
	custom_answers: string;
}

export interface SurveyEndingsTable {
	campaign_id: string;
	link_id: string;
	client_id: string;
	outcome: 'refused' | 'not_eligible';
	/** YYYY-MM-DD: the day, nothing finer. */
	ended_on: string;
}

export interface CampaignDataVersionsTable {
	campaign_id: string;
	/** Goes up whenever the campaign's responses change. */
	version: number;
}

type ShareSumKey = 'exp1' | 'exp0' | 'inf1' | 'knw1' | 'knw2' | 'att1' | 'int1' | 'int2' | 'tru1' | 'tru2' | 'shr1';
type MeanSumKey = 'knw1m' | 'rsk1';

/**
 * Each indicator's count (`_n`), sum and, for the two means, sum of squares, over the responses of one wave,
 * group and level of every dimension ('' for no answer): kept up to date as each response is stored.
 */
export type IndicatorSumsTable = {
	campaign_id: string;
	wave: 'baseline' | 'endline' | 'followup';
	group_name: 'exposed' | 'comparison';
	sex: string;
	age_band: string;
	region: string;
	education: string;
	returnee: string;
	exposure: string;
	intention: string;
	respondents: number;
	quick: number;
} & Record<`${ShareSumKey}_n` | `${ShareSumKey}_sum` | `${MeanSumKey}_n` | `${MeanSumKey}_sum` | `${MeanSumKey}_squares`, number>;

export interface CampaignSharesTable {
	campaign_id: string;
	/** A donor organisation, whose members read the campaign's results. */
	organisation_id: string;
	shared_by_user_id: string | null;
	shared_at: Timestamp;
}

export type AuditAction =
	| 'campaign_shared'
	| 'campaign_share_revoked'
	| 'responses_exported'
	| 'public_report_published'
	| 'public_report_withdrawn'
	| 'responses_deleted'
	| 'responses_expired'
	| 'retention_set'
	| 'campaign_deleted';

export interface PublicReportsTable {
	id: string;
	campaign_id: string;
	/** SHA-256 (hex) of the token in the report's address; the token itself is never stored. */
	token_hash: string;
	created_by_user_id: string | null;
	created_at: Timestamp;
	withdrawn_by_user_id: string | null;
	/** Null while the report is live: at most one a campaign. */
	withdrawn_at: Timestamp | null;
}

export interface AuditEventsTable {
	id: string;
	/** Whose owners read it: the organisation that acted. */
	organisation_id: string;
	actor_user_id: string | null;
	action: AuditAction;
	campaign_id: string | null;
	subject_organisation_id: string | null;
	/** What an export made: `csv` or `xlsx`; null for the other actions. */
	format: ExportFormat | null;
	at: Timestamp;
	/** JSON: what outlives the subject (a deleted campaign's title, the responses deleted). */
	detail: string | null;
}

export type ExportFormat = 'csv' | 'xlsx';

export interface CampaignLogosTable {
	campaign_id: string;
	content_type: string;
	/** base64 */
	data: string;
	updated_at: Timestamp;
}

export interface Database {
	responses: ResponsesTable;
	survey_endings: SurveyEndingsTable;
	campaign_logos: CampaignLogosTable;
	campaign_data_versions: CampaignDataVersionsTable;
	indicator_sums: IndicatorSumsTable;
	campaign_shares: CampaignSharesTable;
	audit_events: AuditEventsTable;
	public_reports: PublicReportsTable;
	survey_versions: SurveyVersionsTable;
	collection_links: CollectionLinksTable;
	campaigns: CampaignsTable;
	users: UsersTable;
	organisations: OrganisationsTable;
	memberships: MembershipsTable;
	sessions: SessionsTable;
	api_tokens: ApiTokensTable;
	invitations: InvitationsTable;
	throttles: ThrottlesTable;
	settings: SettingsTable;
	signup_attempts: SignupAttemptsTable;
}
