import type { Kysely, Transaction } from 'kysely';
import type { CampaignDates } from '$lib/survey/campaign-dates';
import { getCampaign } from '../campaigns/service';
import type { Database, Group, Wave } from '../db/schema';
import { DomainError } from '../errors';
import { EDITORS } from '../organisations/guards';
import * as repo from '../responses/repository';
import { findCollectTarget, type CollectTarget } from '../responses/target';
import { listLinks } from '../surveys/repository';
import type { Candidate } from './csv-import';

/** The collection link to import into: by its id (the pages), or by wave and group (the API). */
export type LinkChoice = { linkId: string } | { wave: Wave; group: Group };

/** A link to import into, with its campaign's dates, against which the rows' dates are flagged. */
export type ImportTarget = CollectTarget & { dates: CampaignDates };

/** The link chosen, for owners and editors, while the campaign is not closed. */
export async function findImportTarget(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	choice: LinkChoice
): Promise<ImportTarget> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	const link = (await listLinks(db, campaign.id)).find((candidate) =>
		'linkId' in choice
			? candidate.id === choice.linkId
			: candidate.wave === choice.wave && candidate.group === choice.group && candidate.clusterId === null
	);
	if (!link) throw new DomainError('not_found', 'errors.link_not_found');
	const target = await findCollectTarget(db, link.token);
	return { ...target, dates: { startDate: campaign.startDate, endDate: campaign.endDate } };
}

/**
 * The rows not stored yet. A response already there is kept; so is a counted ending, unless the row is a
 * whole response with that id, which replaces it as it does when a respondent goes back past a refusal.
 */
export async function listFresh(
	db: Kysely<Database> | Transaction<Database>,
	target: CollectTarget,
	candidates: readonly Candidate[]
): Promise<Candidate[]> {
	const stored = await repo.findStoredClientIds(
		db,
		target.campaign.id,
		candidates.map((candidate) => candidate.submission.clientId)
	);
	return candidates.filter(({ submission }) => {
		if (stored.responses.has(submission.clientId)) return false;
		return submission.outcome === 'complete' || !stored.endings.has(submission.clientId);
	});
}
