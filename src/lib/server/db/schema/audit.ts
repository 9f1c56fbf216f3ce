import type { Timestamp } from './values';

export type AuditAction =
	| 'campaign_shared'
	| 'campaign_share_revoked'
	| 'responses_exported'
	| 'public_report_published'
	| 'public_report_withdrawn'
	| 'responses_deleted'
	| 'responses_reviewed'
	| 'response_edited'
	| 'response_deleted'
	| 'responses_expired'
	| 'retention_set'
	| 'campaign_deleted'
	| 'design_updated';

export type ExportFormat = 'csv' | 'xlsx';

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

export interface AuditTables {
	audit_events: AuditEventsTable;
}
