import type { Kysely } from 'kysely';
import { ANY_ROLE, requireRole } from '../organisations/guards';
import { getCampaign } from '../campaigns/service';
import { generateId } from '../crypto';
import type { Database } from '../db/schema';
import { readCursor, writeCursor } from '../cursor';
import { DomainError } from '../errors';
import { findOrganisation } from '../organisations/repository';
import * as repo from './repository';
import type { AuditEvent, Share } from './repository';

export type { AuditEvent, Share };

/** Most audit events one read returns, newest first. */
const AUDIT_PAGE = 500;

/**
 * An owner shares the campaign's results (never its responses) with a donor organisation an administrator has
 * verified; sharing again
 * changes nothing. Each new share is an audit event of the campaign's organisation.
 */
export async function shareCampaign(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	organisationId: string,
	now = new Date()
): Promise<Share[]> {
	const campaign = await getCampaign(db, actorId, campaignId, ['owner']);
	const donor = await findOrganisation(db, organisationId);
	if (!donor) throw new DomainError('not_found', 'errors.organisation_not_found', { field: 'organisationId' });
	if (donor.type !== 'donor') throw new DomainError('invalid', 'errors.share_donor_only', { field: 'organisationId' });
	if (!donor.verifiedAt) throw new DomainError('invalid', 'errors.share_donor_unverified', { field: 'organisationId' });
	await db.transaction().execute(async (trx) => {
		const at = now.toISOString();
		if (!(await repo.insertShare(trx, { campaignId, organisationId, sharedBy: actorId, sharedAt: at }))) return;
		await repo.insertAuditEvent(trx, {
			id: generateId(),
			organisationId: campaign.organisationId,
			actorId,
			action: 'campaign_shared',
			campaignId,
			subjectOrganisationId: organisationId,
			at
		});
	});
	return repo.listSharesOf(db, campaignId);
}

/** An owner takes a share back: the donor's members no longer see the campaign, at once. An audit event. */
export async function revokeShare(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	organisationId: string,
	now = new Date()
): Promise<void> {
	const campaign = await getCampaign(db, actorId, campaignId, ['owner']);
	await db.transaction().execute(async (trx) => {
		if (!(await repo.deleteShare(trx, campaignId, organisationId)))
			throw new DomainError('not_found', 'errors.share_not_found');
		await repo.insertAuditEvent(trx, {
			id: generateId(),
			organisationId: campaign.organisationId,
			actorId,
			action: 'campaign_share_revoked',
			campaignId,
			subjectOrganisationId: organisationId,
			at: now.toISOString()
		});
	});
}

/** The organisations the campaign is shared with, for its members. */
export async function listShares(db: Kysely<Database>, actorId: string, campaignId: string): Promise<Share[]> {
	await getCampaign(db, actorId, campaignId, ANY_ROLE);
	return repo.listSharesOf(db, campaignId);
}

/**
 * What the organisation's owners may read of who shared and revoked what, newest first, a page at a time
 * (`cursor`: the `nextCursor` of the page before; null on the last page).
 */
export async function listAuditEvents(
	db: Kysely<Database>,
	actorId: string,
	organisationId: string,
	page: { limit: number; cursor?: string } = { limit: AUDIT_PAGE }
): Promise<{ events: AuditEvent[]; nextCursor: string | null }> {
	await requireRole(db, actorId, organisationId, ['owner']);
	const after = page.cursor ? readCursor(page.cursor, 2) : null;
	// One more than asked says whether another page follows.
	const events = await repo.listAuditEventsOf(
		db,
		organisationId,
		page.limit + 1,
		after && { at: after[0], id: after[1] }
	);
	const last = events.length > page.limit ? events[page.limit - 1] : null;
	return { events: events.slice(0, page.limit), nextCursor: last && writeCursor([last.at, last.id]) };
}

/** The audit page: the organisation's name and its events, for its owners. */
export async function getAuditLog(
	db: Kysely<Database>,
	actorId: string,
	organisationId: string
): Promise<{ organisation: { id: string; name: string }; events: AuditEvent[] }> {
	const { events } = await listAuditEvents(db, actorId, organisationId);
	const organisation = (await findOrganisation(db, organisationId))!;
	return { organisation: { id: organisation.id, name: organisation.name }, events };
}
