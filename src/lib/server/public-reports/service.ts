import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CustomResultsView } from '$lib/custom-results/types';
import { DIMENSIONS, type CampaignReport, type Dimension } from '$lib/indicators';
import type { Campaign } from '../campaigns/campaign';
import { findCampaign } from '../campaigns/repository';
import { getCampaign } from '../campaigns/service';
import { generateId, generateSecret, hashSecret } from '../crypto';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { getCampaignReport } from '../indicators/service';
import { getCustomResults } from '../custom-results/service';
import { readDataVersion } from '../indicators/versions';
import { findOrganisation, lockOrganisation } from '../organisations/repository';
import { insertAuditEvent } from '../sharing/repository';
import * as repo from './repository';

/** What a public report says of its campaign: nothing of its survey, links or responses. */
export interface PublicCampaignFacts {
	title: string;
	organisationName: string;
	countries: string[];
	channels: Campaign['channels'];
	startDate: string;
	endDate: string;
	languages: Campaign['languages'];
	comparisonGroup: boolean;
	/** The admin areas asked about, for the names of a split by region. */
	regions: Campaign['regions'];
}

export interface PublicReport {
	facts: PublicCampaignFacts;
	report: CampaignReport;
}

export const PUBLIC_REPORT_PATH = '/r/';

/**
 * An owner publishes the campaign's report for anyone with its address, which is answered once: only the
 * token's hash is stored. Publishing again while one is live withdraws that one, so a leaked address can be
 * replaced in one step. Each publication (and each withdrawal it makes) is an audit event.
 */
export async function publishPublicReport(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	origin: string,
	now = new Date()
): Promise<{ url: string; publishedAt: string }> {
	const campaign = await getCampaign(db, actorId, campaignId, ['owner']);
	const token = generateSecret();
	const at = now.toISOString();
	await db.transaction().execute(async (trx) => {
		// Two publications at once would each find no live report to withdraw, and the second would break the index.
		await lockOrganisation(trx, campaign.organisationId);
		if (await repo.withdrawLivePublicReport(trx, campaignId, actorId, at)) {
			await insertAuditEvent(trx, {
				id: generateId(),
				organisationId: campaign.organisationId,
				actorId,
				action: 'public_report_withdrawn',
				campaignId,
				subjectOrganisationId: null,
				at
			});
		}
		await repo.insertPublicReport(trx, {
			id: generateId(),
			campaignId,
			tokenHash: hashSecret(token),
			createdBy: actorId,
			createdAt: at
		});
		await insertAuditEvent(trx, {
			id: generateId(),
			organisationId: campaign.organisationId,
			actorId,
			action: 'public_report_published',
			campaignId,
			subjectOrganisationId: null,
			at
		});
	});
	return { url: `${origin}${PUBLIC_REPORT_PATH}${token}`, publishedAt: at };
}

/** An owner withdraws the live public report: its address answers "not found" at once. An audit event. */
export async function withdrawPublicReport(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	now = new Date()
): Promise<void> {
	const campaign = await getCampaign(db, actorId, campaignId, ['owner']);
	const at = now.toISOString();
	await db.transaction().execute(async (trx) => {
		if (!(await repo.withdrawLivePublicReport(trx, campaignId, actorId, at)))
			throw new DomainError('not_found', 'errors.public_report_none');
		await insertAuditEvent(trx, {
			id: generateId(),
			organisationId: campaign.organisationId,
			actorId,
			action: 'public_report_withdrawn',
			campaignId,
			subjectOrganisationId: null,
			at
		});
	});
}

/**
 * What anyone with the address reads: the campaign's public facts and its report, never a count below 5
 * (docs/standard.md §5). An unknown token and a withdrawn one get the same "not found".
 */
export async function readPublicReport(
	db: Kysely<Database>,
	token: string,
	dimensions: readonly Dimension[] = DIMENSIONS,
	now = new Date()
): Promise<PublicReport> {
	const published = await findPublishedCampaign(db, token);
	if (!published) throw new DomainError('not_found', 'errors.public_report_not_found');
	const report = await getCampaignReport(db, { campaign: published.campaign, data: 'redacted' }, dimensions, now);
	return { facts: published.facts, report };
}

/**
 * The campaign's own questions as the public reads them: as donors do (no count below 5, no text answer). An
 * unknown token and a withdrawn one get the same "not found".
 */
export async function readPublicCustomResults(
	db: Kysely<Database>,
	token: string,
	locale: string
): Promise<CustomResultsView> {
	const published = await findPublishedCampaign(db, token);
	if (!published) throw new DomainError('not_found', 'errors.public_report_not_found');
	return getCustomResults(db, { campaign: published.campaign, data: 'redacted' }, locale);
}

/**
 * What a public report's page is made of, in a few words: its campaign, the campaign's data version and a digest
 * of its public facts. The page stays the same while this does; null for an unknown or withdrawn token.
 */
export async function readPublicReportVersion(db: Kysely<Database>, token: string): Promise<string | null> {
	const published = await findPublishedCampaign(db, token);
	if (!published) return null;
	const version = await readDataVersion(db, published.campaign.id);
	return `${published.campaign.id}.${version}.${createHash('sha256').update(JSON.stringify(published.facts)).digest('base64url').slice(0, 16)}`;
}

/** The campaign a live public report's token opens, with what the public reads of it; unknown and withdrawn alike undefined. */
async function findPublishedCampaign(
	db: Kysely<Database>,
	token: string
): Promise<{ campaign: Campaign; facts: PublicCampaignFacts } | undefined> {
	const campaignId = await repo.findCampaignIdByTokenHash(db, hashSecret(token));
	const campaign = campaignId ? await findCampaign(db, campaignId) : undefined;
	const organisation = campaign ? await findOrganisation(db, campaign.organisationId) : undefined;
	return campaign && organisation ? { campaign, facts: toPublicFacts(campaign, organisation.name) } : undefined;
}

function toPublicFacts(campaign: Campaign, organisationName: string): PublicCampaignFacts {
	return {
		title: campaign.title,
		organisationName,
		countries: campaign.countries,
		channels: campaign.channels,
		startDate: campaign.startDate,
		endDate: campaign.endDate,
		languages: campaign.languages,
		comparisonGroup: campaign.comparisonGroup,
		regions: campaign.regions
	};
}
