import type { Kysely } from 'kysely';
import type { Campaign } from '../campaigns/campaign';
import { getCampaign } from '../campaigns/service';
import { generateId } from '../crypto';
import type { AuditAction, Database } from '../db/schema';
import { DomainError } from '../errors';
import { bumpDataVersion } from '../indicators/versions';
import { findRole } from '../organisations/repository';
import { insertAuditEvent } from '../sharing/repository';
import * as repo from './repository';
import type { Retention } from './repository';

export type { Retention };

/** What the campaign's data page shows: its retention, and whether the reader may change or delete anything. */
export async function getDataControls(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string
): Promise<{ campaign: Campaign; retention: Retention; isOwner: boolean }> {
	const campaign = await getCampaign(db, actorId, campaignId);
	const role = await findRole(db, campaign.organisationId, actorId);
	return { campaign, retention: await repo.readRetention(db, campaignId), isOwner: role === 'owner' };
}

/** An owner sets (or clears) the day after which the raw responses are deleted; the indicators stay. */
export async function setResponseExpiry(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	expiresOn: string | null,
	now = new Date()
): Promise<void> {
	const campaign = await getCampaign(db, actorId, campaignId, ['owner']);
	if (expiresOn !== null && expiresOn < today(now))
		throw new DomainError('invalid', 'errors.retention_date_past', { field: 'expiresOn' });
	await db.transaction().execute(async (trx) => {
		await repo.writeExpiry(trx, campaignId, expiresOn);
		await audit(trx, campaign, actorId, 'retention_set', now, { expiresOn });
	});
}

/** An owner deletes every response of the campaign, and with them its indicators; the campaign and its survey stay. */
export async function deleteCampaignResponses(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	confirmation: string,
	now = new Date()
): Promise<number> {
	const campaign = await getConfirmed(db, actorId, campaignId, confirmation);
	return db.transaction().execute(async (trx) => {
		const deleted = await repo.deleteResponsesOf(trx, campaignId, false, now);
		await bumpDataVersion(trx, campaignId);
		await audit(trx, campaign, actorId, 'responses_deleted', now, { responses: deleted });
		return deleted;
	});
}

/** An owner deletes the campaign with everything it holds; the audit event keeps its title. */
export async function deleteCampaign(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	confirmation: string,
	now = new Date()
): Promise<void> {
	const campaign = await getConfirmed(db, actorId, campaignId, confirmation);
	await db.transaction().execute(async (trx) => {
		const { responses } = await repo.readRetention(trx, campaignId);
		await audit(trx, campaign, actorId, 'campaign_deleted', now, { title: campaign.title, responses });
		await repo.deleteCampaignRow(trx, campaignId);
	});
}

/**
 * Deletes the raw responses of every campaign whose retention day has passed, keeping the indicator sums (its
 * reports stay as they were). Safe to run from several app processes at once: a campaign already done has no
 * responses left to find.
 */
export async function expireResponses(
	db: Kysely<Database>,
	now = new Date()
): Promise<{ campaignId: string; deleted: number }[]> {
	const done: { campaignId: string; deleted: number }[] = [];
	for (const campaign of await repo.listCampaignsToExpire(db, today(now))) {
		const deleted = await db.transaction().execute(async (trx) => {
			const count = await repo.deleteResponsesOf(trx, campaign.id, true, now);
			if (count === 0) return 0;
			await repo.markResponsesDeleted(trx, campaign.id, now.toISOString());
			// The reports stay as they were; the responses' deletion is listed among the campaign's changes.
			await bumpDataVersion(trx, campaign.id);
			await insertAuditEvent(trx, {
				id: generateId(),
				organisationId: campaign.organisationId,
				actorId: null,
				action: 'responses_expired',
				campaignId: campaign.id,
				subjectOrganisationId: null,
				at: now.toISOString(),
				detail: { responses: count }
			});
			return count;
		});
		if (deleted > 0) done.push({ campaignId: campaign.id, deleted });
	}
	return done;
}

async function getConfirmed(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	confirmation: string
): Promise<Campaign> {
	const campaign = await getCampaign(db, actorId, campaignId, ['owner']);
	if (normalise(confirmation) !== normalise(campaign.title)) {
		throw new DomainError('invalid', 'errors.deletion_confirmation_mismatch', { field: 'confirmation' });
	}
	return campaign;
}

function audit(
	db: Parameters<typeof insertAuditEvent>[0],
	campaign: Campaign,
	actorId: string,
	action: AuditAction,
	now: Date,
	detail: Record<string, unknown>
) {
	return insertAuditEvent(db, {
		id: generateId(),
		organisationId: campaign.organisationId,
		actorId,
		action,
		campaignId: campaign.id,
		subjectOrganisationId: null,
		at: now.toISOString(),
		detail
	});
}

const normalise = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ');
const today = (now: Date) => now.toISOString().slice(0, 10);
