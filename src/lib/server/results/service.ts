import type { Kysely } from 'kysely';
import { GROUPS, WAVES, type Dimension } from '$lib/indicators';
import { showCount } from '$lib/indicators/redact';
import type { CampaignResults, ProgressCell } from '$lib/results/types';
import type { CampaignAccess } from '../access/campaign';
import type { Campaign } from '../campaigns/campaign';
import { listCampaignsOf } from '../campaigns/repository';
import { describeMemberRights } from '../campaigns/rights';
import { canRegisterCampaigns, getCampaign } from '../campaigns/service';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { getCampaignReport } from '../indicators/service';
import { findOrganisation, listOrganisationsOfUser } from '../organisations/repository';
import { listLinks } from '../surveys/repository';
import { countReceived, updateSampleTarget } from './repository';
import { EDITORS } from '../organisations/guards';

/**
 * What the results page shows: the report (all respondents, and one dimension's levels when asked), and the
 * responses received per wave and group against the campaign's target; donors read no count below 5.
 */
export async function getCampaignResults(
	db: Kysely<Database>,
	access: CampaignAccess,
	dimension: Dimension | null,
	now = new Date()
): Promise<CampaignResults> {
	const { campaign, reader } = access;
	const [report, organisation, links, received] = await Promise.all([
		getCampaignReport(db, access, dimension ? [dimension] : [], now),
		findOrganisation(db, campaign.organisationId),
		listLinks(db, campaign.id),
		countReceived(db, campaign.id)
	]);
	const cells = WAVES.flatMap((wave) =>
		GROUPS.flatMap((group): ProgressCell[] => {
			const count = received.find((cell) => cell.wave === wave && cell.group === group)?.respondents;
			const collected = links.some((link) => link.wave === wave && link.group === group);
			if (count === undefined && !collected) return [];
			const shown = count ?? 0;
			return [{ wave, group, received: reader === 'member' ? shown : showCount(shown) }];
		})
	);
	const {
		id,
		title,
		description,
		countries,
		regions,
		channels,
		languages,
		startDate,
		endDate,
		comparisonGroup,
		status,
		sampleTarget
	} = campaign;
	return {
		campaign: {
			id,
			title,
			description,
			countries,
			regions,
			channels,
			languages,
			startDate,
			endDate,
			comparisonGroup,
			status,
			sampleTarget
		},
		organisationName: organisation?.name ?? '',
		reader,
		canSetTarget: access.reader === 'member' && describeMemberRights(campaign, access.role).canEdit,
		report,
		progress: cells
	};
}

/** An owner or editor sets the respondents the campaign needs per wave and group (null clears it). */
export async function setSampleTarget(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	target: number | null,
	now = new Date()
): Promise<Campaign> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	await updateSampleTarget(db, campaignId, target, now.toISOString());
	return { ...campaign, sampleTarget: target, updatedAt: now.toISOString() };
}

/** The campaigns whose target the user may set: those still open of the NGOs where they are an owner or editor. */
export async function listCampaignsToTarget(db: Kysely<Database>, actorId: string): Promise<Campaign[]> {
	const organisations = await listOrganisationsOfUser(db, actorId);
	const editable = organisations.filter(canRegisterCampaigns);
	const campaigns = await listCampaignsOf(
		db,
		editable.map((organisation) => organisation.id),
		{}
	);
	return campaigns.filter((campaign) => campaign.status !== 'closed');
}
