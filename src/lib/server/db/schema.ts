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
	type: OrganisationType;
	created_at: Timestamp;
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
	created_by_user_id: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
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

export interface Database {
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
}
