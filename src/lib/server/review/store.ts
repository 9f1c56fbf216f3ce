import type { Kysely, Transaction } from 'kysely';
import type { CustomQuestion } from '$lib/survey/custom-question';
import type { SurveyDefinition } from '$lib/survey/response';
import type { ChangeKind, Database, ResponsesTable } from '../db/schema';
import { generateId } from '../crypto';
import { isPostgres } from '../db/dialect';
import { insertAuditEvent } from '../sharing/repository';
import type { Campaign } from '../campaigns/campaign';
import type { AuditAction } from '../db/schema';
import type { Scope } from './repository';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * A response as stored, every column, when the reader's scope holds it: locked on PostgreSQL until the
 * transaction ends, so that two changes to one response (a correction and a review at once) take turns, each
 * reading what the other wrote, rather than both taking it out of the sums as it was.
 */
export async function findStoredResponse(
	db: Db,
	scope: Scope,
	responseId: string
): Promise<ResponsesTable | undefined> {
	return db
		.selectFrom('responses')
		.selectAll()
		.where('id', '=', responseId)
		.where('campaign_id', '=', scope.campaignId)
		.$if(scope.collectedBy !== null, (q) => q.where('collected_by_user_id', '=', scope.collectedBy))
		.$if(isPostgres(db as Kysely<Database>), (q) => q.forUpdate())
		.executeTakeFirst();
}

/** What the survey version a response answered asked: its rules check a correction as they checked the answers. */
export async function readSurveyDefinition(db: Db, versionId: string): Promise<SurveyDefinition> {
	const row = await db
		.selectFrom('survey_versions')
		.select(['custom_questions', 'frozen_settings'])
		.where('id', '=', versionId)
		.executeTakeFirstOrThrow();
	const frozen: { regions?: { code: string }[]; signatureMessages?: unknown[] } = JSON.parse(
		row.frozen_settings ?? '{}'
	);
	return {
		settings: {
			regions: (frozen.regions ?? []).map((region) => region.code),
			signatureMessageCount: (frozen.signatureMessages ?? []).length
		},
		customQuestions: JSON.parse(row.custom_questions) as CustomQuestion[]
	};
}

/**
 * Replaces a stored response's row (its answers, scores and review state) by its new version, marked as changed
 * in this transaction (`kind`), which stamps it with its new data version.
 */
export async function updateStoredResponse(db: Db, row: ResponsesTable, kind: ChangeKind): Promise<void> {
	const { id, ...values } = row;
	await db
		.updateTable('responses')
		.set({ ...values, change_version: null, change_kind: kind })
		.where('id', '=', id)
		.execute();
}

/** A response deleted, listed among the campaign's changes at the version its transaction takes. */
export async function recordDeletion(db: Db, row: ResponsesTable, now: Date): Promise<void> {
	await db
		.insertInto('response_deletions')
		.values({
			id: generateId(),
			campaign_id: row.campaign_id,
			response_id: row.id,
			client_id: row.client_id,
			wave: row.wave,
			group_name: row.group_name,
			collected_by_user_id: row.collected_by_user_id,
			kind: 'deleted',
			deleted_at: now.toISOString(),
			change_version: null
		})
		.execute();
}

export async function deleteStoredResponse(db: Db, responseId: string): Promise<void> {
	await db.deleteFrom('responses').where('id', '=', responseId).execute();
}

/** A review, correction or deletion, in the organisation's audit log: who, when and why, never an answer. */
export async function auditReview(
	db: Db,
	campaign: Campaign,
	actorId: string,
	action: AuditAction,
	at: string,
	detail: Record<string, unknown>
): Promise<void> {
	await insertAuditEvent(db, {
		id: generateId(),
		organisationId: campaign.organisationId,
		actorId,
		action,
		campaignId: campaign.id,
		subjectOrganisationId: null,
		at,
		detail
	});
}
