import type { Kysely } from 'kysely';
import type { MemberAccess } from '../access/campaign';
import type { Database } from '../db/schema';
import { getLinkCounts, type LinkCounts } from '../responses/counts';
import { getSharingOverview, type SharingOverview } from '../public-reports/sharing-overview';
import { describeSurvey, type SurveyState } from '../surveys/service';
import type { Campaign } from '../campaigns/campaign';
import { describeMemberRights, type MemberRights } from '../campaigns/rights';

/** The campaign page for one of its members: the campaign, what their role lets them do, its survey, links' counts and sharing. */
export interface CampaignOverview extends MemberRights {
	campaign: Campaign;
	survey: SurveyState;
	counts: Record<string, LinkCounts>;
	sharing: SharingOverview;
}

export async function getCampaignOverview(db: Kysely<Database>, access: MemberAccess): Promise<CampaignOverview> {
	const { campaign, role } = access;
	const [survey, counts, sharing] = await Promise.all([
		describeSurvey(db, campaign),
		getLinkCounts(db, access),
		getSharingOverview(db, access)
	]);
	return { campaign, ...describeMemberRights(campaign, role), survey, counts, sharing };
}
