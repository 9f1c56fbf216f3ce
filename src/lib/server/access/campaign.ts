import type { Kysely } from 'kysely';
import { ANY_ROLE } from '../organisations/guards';
import type { Campaign } from '../campaigns/campaign';
import { findCampaign } from '../campaigns/repository';
import type { Database, Role } from '../db/schema';
import { DomainError } from '../errors';
import { findRole, listOrganisationsOfUser } from '../organisations/repository';
import { isSharedWithAny } from '../sharing/repository';

/** A member of the campaign's NGO: reads every count, and does what its role allows. */
export interface MemberAccess {
	reader: 'member';
	campaign: Campaign;
	role: Role;
	data: 'full';
}

/** A member of a donor organisation the campaign is shared with: reads its results, never a count below 5. */
export interface DonorAccess {
	reader: 'donor';
	campaign: Campaign;
	data: 'redacted';
}

/** What one request may do with one campaign, decided once and handed to every service the request calls. */
export type CampaignAccess = MemberAccess | DonorAccess;

/**
 * The caller's access to a campaign: a member of its organisation, or of a donor it is shared with. Anyone else
 * is told it does not exist, so that its existence is not revealed.
 */
export async function getCampaignAccess(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string
): Promise<CampaignAccess> {
	const campaign = await findCampaign(db, campaignId);
	if (campaign) {
		const role = await findRole(db, campaign.organisationId, actorId);
		if (role) return { reader: 'member', campaign, role, data: 'full' };
		const mine = (await listOrganisationsOfUser(db, actorId)).map((organisation) => organisation.id);
		if (await isSharedWithAny(db, campaignId, mine)) return { reader: 'donor', campaign, data: 'redacted' };
	}
	throw new DomainError('not_found', 'errors.campaign_not_found');
}

/**
 * The access of a member with one of the roles given. A donor is told the campaign does not exist, as an outsider
 * is; a member without the role is forbidden.
 */
export function requireMember(access: CampaignAccess, roles: readonly Role[] = ANY_ROLE): MemberAccess {
	if (access.reader !== 'member') throw new DomainError('not_found', 'errors.campaign_not_found');
	if (!roles.includes(access.role)) throw new DomainError('forbidden', 'errors.forbidden');
	return access;
}
