import type { Kysely } from 'kysely';
import type { Campaign } from '../campaigns/campaign';
import { listCampaignsOf, listCampaignsSharedWith } from '../campaigns/repository';
import type { Database } from '../db/schema';
import { listOrganisationsOfUser } from '../organisations/repository';

/** Every campaign whose results the user may read: their organisations' own, and those shared with them. */
export async function listCampaignsForResults(db: Kysely<Database>, actorId: string): Promise<Campaign[]> {
	const mine = (await listOrganisationsOfUser(db, actorId)).map((organisation) => organisation.id);
	const [own, shared] = await Promise.all([listCampaignsOf(db, mine, {}), listCampaignsSharedWith(db, mine)]);
	const seen = new Set(own.map((campaign) => campaign.id));
	return [...own, ...shared.filter((campaign) => !seen.has(campaign.id))];
}
