import type { Kysely } from 'kysely';
import type { MemberAccess } from '../access/campaign';
import type { Database, Role } from '../db/schema';
import { getLinkCounts, type LinkCounts } from '../responses/counts';
import { getSharingOverview, type SharingOverview } from '../public-reports/sharing-overview';
import { describeSurvey, type SurveyState } from '../surveys/service';
import type { Campaign } from '../campaigns/campaign';

const EDITORS: readonly Role[] = ['owner', 'editor'];

/** The campaign page for one of its members: the campaign, what their role lets them do, its survey, links' counts and sharing. */
export interface CampaignOverview {
	campaign: Campaign;
	canEdit: boolean;
	canExport: boolean;
	survey: SurveyState;
	counts: Record<string, LinkCounts>;
	sharing: SharingOverview;
}

export async function getCampaignOverview(db: Kysely<Database>, access: MemberAccess): Promise<CampaignOverview> {
	const { campaign, role } = access;
	const editor = EDITORS.includes(role);
	return {
		campaign,
		canEdit: editor && campaign.status !== 'closed',
		canExport: editor,
		survey: await describeSurvey(db, campaign),
		counts: await getLinkCounts(db, access),
		sharing: await getSharingOverview(db, access)
	};
}
