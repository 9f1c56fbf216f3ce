import type { Kysely } from 'kysely';
import type { MemberAccess } from '../access/campaign';
import type { Database } from '../db/schema';
import { listSharesOf, listVerifiedDonors, type Share, type VerifiedDonor } from '../sharing/repository';
import { findLivePublicReportOf } from './repository';

/** What the campaign page shows of its sharing: who reads its results; owners also whom they may add, and the public report. */
export interface SharingOverview {
	shares: Share[];
	canManage: boolean;
	/** Verified donor organisations not yet shared with (owners only; empty for others). */
	donors: VerifiedDonor[];
	publicReport: { live: boolean; publishedAt: string | null };
}

export async function getSharingOverview(db: Kysely<Database>, access: MemberAccess): Promise<SharingOverview> {
	const campaignId = access.campaign.id;
	const shares = await listSharesOf(db, campaignId);
	const canManage = access.role === 'owner';
	if (!canManage) return { shares, canManage, donors: [], publicReport: { live: false, publishedAt: null } };
	const sharedWith = new Set(shares.map((share) => share.organisationId));
	const [donors, live] = await Promise.all([listVerifiedDonors(db), findLivePublicReportOf(db, campaignId)]);
	return {
		shares,
		canManage,
		donors: donors.filter((donor) => !sharedWith.has(donor.id)),
		publicReport: { live: live !== undefined, publishedAt: live?.createdAt ?? null }
	};
}
