import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { ITEM_IDS } from '$lib/core-module';
import type { ResponseFilter } from '$lib/review/types';
import type { Database, ResponseEventsTable, ReviewState } from '../db/schema';
import { columnOf } from '../responses/columns';
import { FLAG_COLUMNS, filterByFlag } from './flags';

type Db = Kysely<Database> | Transaction<Database>;

const ANSWER_COLUMNS = ITEM_IDS.map((id) => `r.${columnOf(id)}` as const);

/** Whose responses a reader may see: every one of the campaign, or only the interviews one enumerator did. */
export interface Scope {
	campaignId: string;
	collectedBy: string | null;
}

/** Where a page starts: after the response submitted at `submittedAt` with id `id` (newest first). */
export interface Position {
	submittedAt: string;
	id: string;
}

/** The campaign's responses that the filter keeps, joined to their campaign (for the flags that need its dates) and cluster. */
function selectMatching(db: Db, scope: Scope, filter: ResponseFilter) {
	return (
		db
			.selectFrom('responses as r')
			.innerJoin('campaigns as c', 'c.id', 'r.campaign_id')
			// A response's cluster, read once per row (a query that reads none of it leaves the join out).
			.leftJoin('campaign_clusters as k', 'k.id', 'r.cluster_id')
			.where('r.campaign_id', '=', scope.campaignId)
			.$if(scope.collectedBy !== null, (q) => q.where('r.collected_by_user_id', '=', scope.collectedBy))
			.$if(filter.wave !== undefined, (q) => q.where('r.wave', '=', filter.wave!))
			.$if(filter.group !== undefined, (q) => q.where('r.group_name', '=', filter.group!))
			.$if(filter.linkId !== undefined, (q) => q.where('r.link_id', '=', filter.linkId!))
			.$if(filter.mode !== undefined, (q) => q.where('r.mode', '=', filter.mode!))
			.$if(filter.language !== undefined, (q) => q.where('r.language', '=', filter.language!))
			.$if(filter.from !== undefined, (q) => q.where('r.submitted_at', '>=', filter.from!))
			// Every time of the last day sorts before the next day.
			.$if(filter.to !== undefined, (q) => q.where('r.submitted_at', '<', nextDay(filter.to!)))
			.$if(filter.state !== undefined, (q) => q.where('r.review_state', '=', filter.state!))
			.$if(filter.flag !== undefined, (q) => q.where(filterByFlag(filter.flag!, scope.campaignId) as never))
			.$if(filter.durationBelow !== undefined, (q) => q.where('r.duration_seconds', '<', filter.durationBelow!))
	);
}

function nextDay(day: string): string {
	const next = new Date(`${day}T00:00:00.000Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	return next.toISOString().slice(0, 10);
}

/** What the table shows of a response: every column its item has, and its flags. */
const ITEM_COLUMNS = [
	'r.id',
	'r.client_id',
	'r.link_id',
	'r.wave',
	'r.group_name',
	'r.mode',
	'r.language',
	'r.submitted_at',
	'r.duration_seconds',
	'r.review_state',
	'r.custom_answers',
	'r.panel_code',
	// Its design as exports give it: its cluster's code and stratum, its weight (its own, else its cluster's).
	'k.code as cluster_code',
	'k.stratum as cluster_stratum',
	sql<number | null>`coalesce(r.weight, k.weight)`.as('design_weight'),
	...ANSWER_COLUMNS,
	...FLAG_COLUMNS
] as const;

/** A page of responses, newest first, after `after`: over the (campaign, submitted_at, id) index, never an offset. */
export function listResponseRows(db: Db, scope: Scope, filter: ResponseFilter, after: Position | null, limit: number) {
	return selectMatching(db, scope, filter)
		.select(ITEM_COLUMNS)
		.$if(after !== null, (q) =>
			q.where((eb) =>
				eb.or([
					eb('r.submitted_at', '<', after!.submittedAt),
					eb.and([eb('r.submitted_at', '=', after!.submittedAt), eb('r.id', '<', after!.id)])
				])
			)
		)
		.orderBy('r.submitted_at', 'desc')
		.orderBy('r.id', 'desc')
		.limit(limit)
		.execute();
}

export type ResponseRow = Awaited<ReturnType<typeof listResponseRows>>[number];

/** The reader's responses of the campaign with what the table shows of each, unfiltered: for the list of changes. */
export function selectResponseItems(db: Db, scope: Scope) {
	return selectMatching(db, scope, {}).select(ITEM_COLUMNS);
}

/** One response with what its page shows beyond the table's columns. */
export function findResponseRow(db: Db, scope: Scope, responseId: string) {
	return selectMatching(db, scope, {})
		.innerJoin('survey_versions as v', 'v.id', 'r.survey_version_id')
		.leftJoin('users as u', 'u.id', 'r.collected_by_user_id')
		.select([
			...ITEM_COLUMNS,
			'r.channel',
			'r.started_at',
			'r.received_at',
			'r.answers_version',
			'r.collected_by_user_id',
			'r.survey_version_id',
			'r.age_band',
			'v.number as survey_version',
			'v.custom_questions',
			'v.frozen_settings',
			'u.name as enumerator'
		])
		.where('r.id', '=', responseId)
		.executeTakeFirst();
}

export type ResponseDetailRow = NonNullable<Awaited<ReturnType<typeof findResponseRow>>>;

/** How many of the matching responses are not yet in `state`: what a bulk review would change. */
export async function countToReview(db: Db, scope: Scope, filter: ResponseFilter, state: ReviewState): Promise<number> {
	const row = await selectMatching(db, scope, filter)
		.where('r.review_state', '<>', state)
		.select(sql<number>`count(*)`.as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/**
 * Records the review of every matching response not yet in `state`, one event each (its id the batch's and the
 * response's), in the caller's transaction: answers how many. The responses keep their state until
 * setReviewStates, so that what changes can still be read as it was.
 */
export async function recordBulkReview(
	trx: Transaction<Database>,
	scope: Scope,
	filter: ResponseFilter,
	change: { batchId: string; actorId: string; at: string; state: ReviewState; comment: string }
): Promise<number> {
	const matching = selectMatching(trx, scope, filter).where('r.review_state', '<>', change.state);
	const inserted = await trx
		.insertInto('response_events')
		.columns([
			'id',
			'campaign_id',
			'response_id',
			'actor_user_id',
			'at',
			'kind',
			'state_before',
			'state_after',
			'comment'
		])
		.expression(
			matching.select([
				sql<string>`${text(`${change.batchId}:`)} || r.id`.as('id'),
				'r.campaign_id',
				'r.id',
				text(change.actorId).as('actor_user_id'),
				text(change.at).as('at'),
				text('review').as('kind'),
				'r.review_state',
				text(change.state).as('state_after'),
				text(change.comment).as('comment')
			])
		)
		.executeTakeFirst();
	return Number(inserted.numInsertedOrUpdatedRows ?? 0);
}

/**
 * The matching responses not yet in `state` (those a bulk review changes), or only the rejected ones among them,
 * as a condition on `responses`.
 */
export function selectToReview(
	db: Db,
	scope: Scope,
	filter: ResponseFilter,
	state: ReviewState,
	only: { rejected: boolean } = { rejected: false }
): RawBuilder<unknown> {
	const ids = selectMatching(db, scope, filter)
		.where('r.review_state', '<>', state)
		.$if(only.rejected, (q) => q.where('r.review_state', '=', 'rejected'))
		.select('r.id');
	return sql`id in (${ids})`;
}

export async function setReviewStates(trx: Transaction<Database>, which: RawBuilder<unknown>, state: ReviewState) {
	await sql`
		update responses set review_state = ${state}, change_version = null, change_kind = 'reviewed'
		where ${which}`.execute(trx);
}

/** A parameter typed as text: PostgreSQL cannot tell the type of one that is only selected. */
function text(value: string) {
	return sql<string>`cast(${value} as text)`;
}

export async function insertResponseEvent(db: Db, event: ResponseEventsTable): Promise<void> {
	await db.insertInto('response_events').values(event).execute();
}

export function listResponseEvents(db: Db, responseId: string) {
	return db
		.selectFrom('response_events as e')
		.leftJoin('users as u', 'u.id', 'e.actor_user_id')
		.select([
			'e.kind',
			'e.at',
			'u.name as by',
			'e.state_before',
			'e.state_after',
			'e.comment',
			'e.answers_before',
			'e.answers_after'
		])
		.where('e.response_id', '=', responseId)
		.orderBy('e.at')
		.orderBy('e.id')
		.execute();
}
