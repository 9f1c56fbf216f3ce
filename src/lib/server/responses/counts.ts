import type { Kysely } from 'kysely';
import { getCampaign } from '../campaigns/service';
import type { Database } from '../db/schema';
import { countByLink, type LinkCounts } from './repository';

export type { LinkCounts };

/** Responses, refusals and respondents under 15 per collection link, for the campaign's members. */
export async function getLinkCounts(db: Kysely<Database>, actorId: string, campaignId: string): Promise<Record<string, LinkCounts>> {
	const campaign = await getCampaign(db, actorId, campaignId);
	return Object.fromEntries(await countByLink(db, campaign.id));
}
