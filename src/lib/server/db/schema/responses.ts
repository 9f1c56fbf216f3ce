import type { CoreItemData, IndicatorId } from '../../../core-module';
import type { Group, Wave } from './campaigns';
import type { ColumnType } from 'kysely';
import type { Timestamp } from './values';

export type Channel = 'form' | 'api' | 'import';

/** Where a team's review left a response: a rejected one leaves every indicator, report and comparison. */
export type ReviewState = 'received' | 'approved' | 'has_issues' | 'rejected';

/** Integer items, and scales that offer no `dk` (D2 and I1 in v1), are stored as integers; every other answer as its codes. */
type StoredAnswer<Item> = Item extends { kind: 'integer' } | { kind: 'scale'; dk: false }
	? number | null
	: string | null;

/** Core module v1's answers in the codes of docs/standard.md §2b, one column per item (its id in lower case); a list is its codes joined by spaces. */
export type CoreAnswerColumns = { [Item in CoreItemData as Lowercase<Item['id']>]: StoredAnswer<Item> };

/** Each response's scores on the indicators of docs/standard.md §3 (1/0, a count, or a mean), null where it is left out. */
export type ScoreColumns = { [Indicator in IndicatorId as `score_${Lowercase<Indicator>}`]: number | null };

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
	review_state: ReviewState;
	/** 1 as received; each correction makes the next. */
	answers_version: number;
	/** A hash of the core answers: responses of one link that share it look like one interview sent twice. */
	answers_fingerprint: string | null;
	/** The declared cluster the response was collected in. */
	cluster_id: string | null;
	/** Its own design weight (> 0), set only by the NGO's import; else its cluster's, else 1. */
	weight: number | null;
	/** A pseudonymous code that links one person's responses across waves: one per wave and group. */
	panel_code: string | null;
}

/** A review (a change of state) or a correction of a response: who, when, why, and the answers it changed. */
export interface ResponseEventsTable {
	id: string;
	campaign_id: string;
	response_id: string;
	actor_user_id: string | null;
	at: Timestamp;
	kind: 'review' | 'edit';
	state_before: ReviewState;
	state_after: ReviewState;
	comment: string;
	/** JSON: the answers an edit changed, by code, as they were; null for a review. */
	answers_before: string | null;
	/** JSON: the same answers as the edit made them. */
	answers_after: string | null;
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

/** A response's last change: what a pipeline asking for the changes since a data version reads. */
export type ChangeKind = 'new' | 'edited' | 'reviewed';

/**
 * The data versions of a response's arrival and last change, null within the transaction that makes the change
 * (`bumpDataVersion` stamps them as it moves the version), and what that change was.
 */
export interface ResponseChangeColumns {
	change_version: ColumnType<number | null, number | null | undefined, number | null>;
	created_version: ColumnType<number | null, number | null | undefined, number | null>;
	change_kind: ColumnType<ChangeKind, ChangeKind | undefined, ChangeKind>;
}

/** A response deleted (`purged`: every response of the campaign, when its raw responses went), for the same pipelines. */
export interface ResponseDeletionsTable {
	id: string;
	campaign_id: string;
	response_id: string | null;
	client_id: string | null;
	wave: Wave | null;
	group_name: Group | null;
	collected_by_user_id: string | null;
	kind: 'deleted' | 'purged';
	deleted_at: Timestamp;
	change_version: number | null;
}

export interface ResponseTables {
	responses: ResponsesTable & ResponseChangeColumns;
	response_deletions: ResponseDeletionsTable;
	response_events: ResponseEventsTable;
	survey_endings: SurveyEndingsTable;
	campaign_data_versions: CampaignDataVersionsTable;
}
