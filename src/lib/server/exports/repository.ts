import { sql, type Kysely } from 'kysely';
import { CORE_ITEMS } from '$lib/core-module';
import type { Database, ReviewState } from '../db/schema';
import { columnOf } from '../responses/columns';

const ANSWER_COLUMNS = CORE_ITEMS.map((item) => `r.${columnOf(item.id)}` as const);

export type ExportedRow = Awaited<ReturnType<typeof listResponsesAfter>>[number];

/**
 * A page of the campaign's responses in submission-id order, after `afterClientId`: an export reads them page by
 * page over the unique (campaign, client id) index, so that its memory does not grow with the campaign.
 */
export function listResponsesAfter(
	db: Kysely<Database>,
	campaignId: string,
	afterClientId: string | null,
	limit: number,
	states: readonly ReviewState[] | null = null
) {
	return (
		db
			.selectFrom('responses as r')
			// A response's design: its cluster's code and stratum, and its weight (its own, else its cluster's).
			.leftJoin('campaign_clusters as k', 'k.id', 'r.cluster_id')
			.select([
				'r.client_id',
				'r.survey_version_id',
				'r.wave',
				'r.group_name',
				'r.language',
				'r.mode',
				'r.started_at',
				'r.submitted_at',
				...ANSWER_COLUMNS,
				'r.custom_answers',
				'r.review_state',
				'k.code as cluster',
				'k.stratum as stratum',
				sql<number | null>`coalesce(r.weight, k.weight)`.as('weight'),
				'r.panel_code'
			])
			.where('r.campaign_id', '=', campaignId)
			.$if(states !== null, (query) => query.where('r.review_state', 'in', states!))
			.$if(afterClientId !== null, (query) => query.where('r.client_id', '>', afterClientId!))
			.orderBy('r.client_id')
			.limit(limit)
			.execute()
	);
}

/** The campaign's survey versions: their numbers, and the codes of their custom questions in order. */
export async function listVersionsOf(
	db: Kysely<Database>,
	campaignId: string
): Promise<{ id: string; number: number; customQuestions: string }[]> {
	const rows = await db
		.selectFrom('survey_versions')
		.select(['id', 'number', 'custom_questions'])
		.where('campaign_id', '=', campaignId)
		.orderBy('number', 'desc')
		.execute();
	return rows.map((row) => ({ id: row.id, number: Number(row.number), customQuestions: row.custom_questions }));
}

/** How many responses the campaign has: an export's total, given before its rows. */
export async function countResponses(
	db: Kysely<Database>,
	campaignId: string,
	states: readonly ReviewState[] | null = null
): Promise<number> {
	const row = await db
		.selectFrom('responses')
		.select((eb) => eb.fn.countAll().as('count'))
		.where('campaign_id', '=', campaignId)
		.$if(states !== null, (query) => query.where('review_state', 'in', states!))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}
