import type { Timestamp } from './values';

export interface CampaignSharesTable {
	campaign_id: string;
	/** A donor organisation, whose members read the campaign's results. */
	organisation_id: string;
	shared_by_user_id: string | null;
	shared_at: Timestamp;
}

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

export interface SharingTables {
	campaign_shares: CampaignSharesTable;
	public_reports: PublicReportsTable;
}
