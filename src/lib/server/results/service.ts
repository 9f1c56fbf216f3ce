import type { Kysely } from 'kysely';
import { GROUPS, WAVES, type CampaignReport, type Dimension, type Group, type Wave } from '$lib/indicators';
import { showCount } from '$lib/indicators/redact';
import type { Campaign } from '../campaigns/campaign';
import { listCampaignsOf } from '../campaigns/repository';
import { getCampaign } from '../campaigns/service';
import type { Database, Role } from '../db/schema';
import { DomainError } from '../errors';
import { getCampaignReport } from '../indicators/service';
import { findOrganisation, findRole, listOrganisationsOfUser } from '../organisations/repository';
import { getResultsAccess } from '../sharing/service';
import { listLinks } from '../surveys/repository';
import { countReceived, updateSampleTarget } from './repository';

const EDITORS: readonly Role[] = ['owner', 'editor'];

/** Responses received in one wave and group; null where a donor may not read the count (fewer than 5). */
export interface ProgressCell {
	wave: Wave;
	group: Group;
	received: number | null;
}

/** What a results reader learns of the campaign itself: the facts a report states, not its survey's wording. */
export type CampaignFacts = Pick<
	Campaign,
	'id' | 'title' | 'description' | 'countries' | 'regions' | 'channels' | 'languages' | 'startDate' | 'endDate' | 'comparisonGroup' | 'status' | 'sampleTarget'
>;

export interface CampaignResults {
	campaign: CampaignFacts;
	organisationName: string;
	reader: 'member' | 'donor';
	/** Whether the reader may set the campaign's sample target (its owners and editors). */
	canSetTarget: boolean;
	report: CampaignReport;
	progress: ProgressCell[];
}

/**
 * What the results page shows: the report (all respondents, and one dimension's levels when asked), and the
 * responses received per wave and group against the campaign's target. For its members and the donors it is
 * shared with, who read no count below 5; anyone else is told it does not exist.
 */
export async function getCampaignResults(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	dimension: Dimension | null,
	now = new Date()
): Promise<CampaignResults> {
	const { campaign, reader } = await getResultsAccess(db, actorId, campaignId);
	const [report, organisation, role, links, received] = await Promise.all([
		getCampaignReport(db, actorId, campaignId, dimension ? [dimension] : [], now),
		findOrganisation(db, campaign.organisationId),
		reader === 'member' ? findRole(db, campaign.organisationId, actorId) : undefined,
		listLinks(db, campaignId),
		countReceived(db, campaignId)
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
	const { id, title, description, countries, regions, channels, languages, startDate, endDate, comparisonGroup, status, sampleTarget } = campaign;
	return {
		campaign: { id, title, description, countries, regions, channels, languages, startDate, endDate, comparisonGroup, status, sampleTarget },
		organisationName: organisation?.name ?? '',
		reader,
		canSetTarget: !!role && EDITORS.includes(role) && campaign.status !== 'closed',
		report,
		progress: cells
	};
}

/** An owner or editor sets the respondents the campaign needs per wave and group (null clears it). */
export async function setSampleTarget(db: Kysely<Database>, actorId: string, campaignId: string, target: number | null, now = new Date()): Promise<Campaign> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	await updateSampleTarget(db, campaignId, target, now.toISOString());
	return { ...campaign, sampleTarget: target, updatedAt: now.toISOString() };
}

/** The campaigns whose target the user may set: those still open of the NGOs where they are an owner or editor. */
export async function listCampaignsToTarget(db: Kysely<Database>, actorId: string): Promise<Campaign[]> {
	const organisations = await listOrganisationsOfUser(db, actorId);
	const editable = organisations.filter((organisation) => organisation.type === 'ngo' && EDITORS.includes(organisation.role));
	const campaigns = await listCampaignsOf(db, editable.map((organisation) => organisation.id), {});
	return campaigns.filter((campaign) => campaign.status !== 'closed');
}

