import type { Kysely } from 'kysely';
import type { AnswerValue, ResponseDetail, ResponseEvent, ResponsePage } from '$lib/review/types';
import type { CampaignAccess } from '../access/campaign';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { readCursor, writeCursor } from './cursor';
import { toResponseItem } from './item';
import { findResponseRow, listResponseEvents, listResponseRows } from './repository';
import { decideReviewRights } from './rights';
import type { ResponseListQuery } from './schema';

/** A page of the campaign's responses that the reader may see, newest first. */
export async function listResponses(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	query: ResponseListQuery
): Promise<ResponsePage> {
	const { scope } = decideReviewRights(access, actorId);
	const { limit, cursor, ...filter } = query;
	const after = cursor ? readCursor(cursor) : null;
	// One more than asked says whether another page follows, without counting.
	const rows = await listResponseRows(db, scope, filter, after, limit + 1);
	const items = rows.slice(0, limit).map(toResponseItem);
	const last = items.at(-1);
	return {
		items,
		nextCursor: rows.length > limit && last ? writeCursor({ submittedAt: last.submittedAt, id: last.id }) : null
	};
}

/** One response with its metadata and every review and correction it had. */
export async function getResponse(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	responseId: string
): Promise<ResponseDetail> {
	const { scope } = decideReviewRights(access, actorId);
	const row = await findResponseRow(db, scope, responseId);
	if (!row) throw new DomainError('not_found', 'errors.response_not_found');
	const events = await listResponseEvents(db, responseId);
	return {
		...toResponseItem(row),
		channel: row.channel,
		startedAt: row.started_at,
		receivedAt: row.received_at,
		surveyVersion: Number(row.survey_version),
		answersVersion: Number(row.answers_version),
		enumerator: row.mode === 'enumerator' ? (row.enumerator ?? null) : null,
		history: events.map((event): ResponseEvent => ({
			kind: event.kind,
			at: event.at,
			by: event.by ?? null,
			stateBefore: event.state_before,
			stateAfter: event.state_after,
			comment: event.comment,
			answersBefore: parseAnswers(event.answers_before),
			answersAfter: parseAnswers(event.answers_after)
		}))
	};
}

function parseAnswers(json: string | null): Record<string, AnswerValue | null> | null {
	return json === null ? null : JSON.parse(json);
}
