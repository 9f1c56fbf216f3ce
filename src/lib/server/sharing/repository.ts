import type { Kysely, Transaction } from 'kysely';
import type { AuditAction, Database, ExportFormat, OrganisationType } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface Share {
	organisationId: string;
	organisationName: string;
	organisationType: OrganisationType;
	/** When an administrator verified the donor; null for one shared before verification existed. */
	organisationVerifiedAt: string | null;
	sharedAt: string;
}

/** A donor an owner may share with: verified by an administrator, when. */
export interface VerifiedDonor {
	id: string;
	name: string;
	verifiedAt: string;
}

export interface AuditEvent {
	id: string;
	action: AuditAction;
	actorName: string | null;
	campaignId: string | null;
	campaignTitle: string | null;
	subjectOrganisationId: string | null;
	subjectOrganisationName: string | null;
	/** The file an export made; null for the other actions. */
	format: ExportFormat | null;
	at: string;
	/** What outlives the subject: a deleted campaign's title, the responses deleted, a retention day. */
	detail: Record<string, unknown> | null;
}

/** False when the campaign was already shared with the organisation. */
export async function insertShare(
	db: Db,
	row: { campaignId: string; organisationId: string; sharedBy: string; sharedAt: string }
): Promise<boolean> {
	const result = await db
		.insertInto('campaign_shares')
		.values({
			campaign_id: row.campaignId,
			organisation_id: row.organisationId,
			shared_by_user_id: row.sharedBy,
			shared_at: row.sharedAt
		})
		.onConflict((oc) => oc.columns(['campaign_id', 'organisation_id']).doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** False when there was no such share. */
export async function deleteShare(db: Db, campaignId: string, organisationId: string): Promise<boolean> {
	const result = await db
		.deleteFrom('campaign_shares')
		.where('campaign_id', '=', campaignId)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

export async function listSharesOf(db: Db, campaignId: string): Promise<Share[]> {
	const rows = await db
		.selectFrom('campaign_shares as s')
		.innerJoin('organisations as o', 'o.id', 's.organisation_id')
		.select(['s.organisation_id', 'o.name', 'o.type', 'o.verified_at', 's.shared_at'])
		.where('s.campaign_id', '=', campaignId)
		.orderBy('o.name')
		.execute();
	return rows.map((row) => ({
		organisationId: row.organisation_id,
		organisationName: row.name,
		organisationType: row.type,
		organisationVerifiedAt: row.verified_at,
		sharedAt: row.shared_at
	}));
}

export async function isSharedWithAny(
	db: Db,
	campaignId: string,
	organisationIds: readonly string[]
): Promise<boolean> {
	if (organisationIds.length === 0) return false;
	const row = await db
		.selectFrom('campaign_shares')
		.select('campaign_id')
		.where('campaign_id', '=', campaignId)
		.where('organisation_id', 'in', organisationIds)
		.executeTakeFirst();
	return row !== undefined;
}

export async function insertAuditEvent(
	db: Db,
	event: {
		id: string;
		organisationId: string;
		/** null for what the instance does by itself (a retention day passing). */
		actorId: string | null;
		action: AuditAction;
		campaignId: string;
		subjectOrganisationId: string | null;
		format?: ExportFormat;
		at: string;
		detail?: Record<string, unknown>;
	}
): Promise<void> {
	await db
		.insertInto('audit_events')
		.values({
			id: event.id,
			organisation_id: event.organisationId,
			actor_user_id: event.actorId,
			action: event.action,
			campaign_id: event.campaignId,
			subject_organisation_id: event.subjectOrganisationId,
			format: event.format ?? null,
			at: event.at,
			detail: event.detail ? JSON.stringify(event.detail) : null
		})
		.execute();
}

/** The organisation's audit events, newest first, with the names still known of who and what they concern. */
/**
 * The organisation's audit events, newest first, `limit` of them after `after` (the `at` and `id` of the last one
 * read): over the events' order, never an offset.
 */
export async function listAuditEventsOf(
	db: Db,
	organisationId: string,
	limit: number,
	after: { at: string; id: string } | null = null
): Promise<AuditEvent[]> {
	const rows = await db
		.selectFrom('audit_events as e')
		.leftJoin('users as u', 'u.id', 'e.actor_user_id')
		.leftJoin('campaigns as c', 'c.id', 'e.campaign_id')
		.leftJoin('organisations as o', 'o.id', 'e.subject_organisation_id')
		.select([
			'e.id',
			'e.action',
			'u.name as actor_name',
			'e.campaign_id',
			'c.title',
			'e.subject_organisation_id',
			'o.name as organisation_name',
			'e.format',
			'e.at',
			'e.detail'
		])
		.where('e.organisation_id', '=', organisationId)
		.$if(after !== null, (q) =>
			q.where((eb) =>
				eb.or([eb('e.at', '<', after!.at), eb.and([eb('e.at', '=', after!.at), eb('e.id', '<', after!.id)])])
			)
		)
		.orderBy('e.at', 'desc')
		.orderBy('e.id', 'desc')
		.limit(limit)
		.execute();
	return rows.map((row) => ({
		id: row.id,
		action: row.action,
		actorName: row.actor_name,
		campaignId: row.campaign_id,
		campaignTitle: row.title ?? readDetail(row.detail)?.title?.toString() ?? null,
		subjectOrganisationId: row.subject_organisation_id,
		subjectOrganisationName: row.organisation_name,
		format: row.format,
		at: row.at,
		detail: readDetail(row.detail)
	}));
}

function readDetail(detail: string | null): Record<string, unknown> | null {
	return detail ? (JSON.parse(detail) as Record<string, unknown>) : null;
}

/**
 * Every donor organisation an administrator has verified, by name, for an owner choosing whom to share with:
 * anyone may sign up and call themselves a donor, so an unverified one is never offered.
 */
export async function listVerifiedDonors(db: Db): Promise<VerifiedDonor[]> {
	const rows = await db
		.selectFrom('organisations')
		.select(['id', 'name', 'verified_at'])
		.where('type', '=', 'donor')
		.where('verified_at', 'is not', null)
		.orderBy('name')
		.orderBy('id')
		.execute();
	return rows.map((row) => ({ id: row.id, name: row.name, verifiedAt: row.verified_at! }));
}
