import type { Kysely } from 'kysely';
import type { MemberAccess } from '../access/campaign';
import type { Database } from '../db/schema';
import { countByLink, type LinkCounts } from './repository';

export type { LinkCounts };

/** Responses, refusals and respondents under 15 per collection link, for the campaign's members. */
export async function getLinkCounts(db: Kysely<Database>, access: MemberAccess): Promise<Record<string, LinkCounts>> {
	return Object.fromEntries(await countByLink(db, access.campaign.id));
}
