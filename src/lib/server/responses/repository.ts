import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { reuseCompiled } from '../db/reuse';
import { ITEM_IDS } from '$lib/core-module';
import type { Database, Group, ResponsesTable, SurveyEndingsTable, Wave } from '../db/schema';
import { SCORE_COLUMN_NAMES } from './columns';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * A collection link with what its respondents' pages need of the campaign and its organisation, and a
 * published version of its survey: the one of that number when there is one, else the newest. One query:
 * it runs for every page a respondent sends.
 */
export async function findLinkWithVersion(db: Db, token: string, versionNumber: number | null) {
	const compiled = reuseCompiled(
		db,
		'findLinkWithVersion',
		() => buildLinkQuery(db, token, versionNumber),
		linkQueryParameters(token, versionNumber)
	);
	return (await db.executeQuery(compiled)).rows[0];
}

/** The parameters of buildLinkQuery's text, in its order. */
export function linkQueryParameters(token: string, versionNumber: number | null): unknown[] {
	return ['published', token, versionNumber ?? -1, 1];
}

export function buildLinkQuery(db: Db, token: string, versionNumber: number | null) {
	return db
		.selectFrom('collection_links as l')
		.innerJoin('campaigns as c', 'c.id', 'l.campaign_id')
		.innerJoin('organisations as o', 'o.id', 'c.organisation_id')
		.innerJoin('survey_versions as v', (join) =>
			join.onRef('v.campaign_id', '=', 'c.id').on('v.status', '=', 'published')
		)
		.leftJoin('campaign_logos as g', 'g.campaign_id', 'c.id')
		.leftJoin('campaign_clusters as k', 'k.id', 'l.cluster_id')
		.select([
			'l.id',
			'l.campaign_id',
			'l.wave',
			'l.group_name',
			'l.mode',
			'l.token',
			'l.opens_at',
			'l.closes_at',
			'l.cluster_id',
			'k.code as cluster_code',
			'k.stratum as cluster_stratum',
			'k.weight as cluster_weight',
			'c.panel',
			'c.title',
			'c.status',
			'c.organisation_id',
			'o.name as organisation_name',
			'g.updated_at as logo_updated_at',
			'v.id as version_id',
			'v.number as version_number',
			'v.core_module_version',
			'v.custom_questions',
			'v.frozen_settings'
		])
		.where('l.token', '=', token)
		.orderBy(sql`case when ${sql.ref('v.number')} = ${versionNumber ?? -1} then 0 else 1 end`)
		.orderBy('v.number', 'desc')
		.limit(1);
}

export type LinkRow = NonNullable<Awaited<ReturnType<typeof findLinkWithVersion>>>;

/** False when the campaign already holds a response with this submission id. */
/** Every column of a response, in one order: rows made from it (newResponseRow) share one compiled insert. */
const RESPONSE_ROW = Object.freeze(
	Object.fromEntries(
		[
			'id',
			'campaign_id',
			'link_id',
			'survey_version_id',
			'core_module_version',
			'wave',
			'group_name',
			'language',
			'mode',
			'channel',
			'client_id',
			'collected_by_user_id',
			'started_at',
			'submitted_at',
			'received_at',
			'duration_seconds',
			...ITEM_IDS.map((id) => id.toLowerCase()),
			'age_band',
			...Object.keys(SCORE_COLUMN_NAMES),
			'custom_answers',
			'review_state',
			'answers_version',
			'answers_fingerprint',
			'cluster_id',
			'weight',
			'panel_code'
		].map((column) => [column, column === 'review_state' ? 'received' : column === 'answers_version' ? 1 : null])
	)
);
const fromTemplate = new WeakSet<object>();

/** A response's row as received (every other column null), to be filled in: its columns in the order of the compiled insert. */
export function newResponseRow(): Record<keyof ResponsesTable, unknown> {
	const row = { ...RESPONSE_ROW } as Record<keyof ResponsesTable, unknown>;
	fromTemplate.add(row);
	return row;
}

export async function insertResponse(db: Db, row: Insertable<ResponsesTable>): Promise<boolean> {
	const values = Object.values(row);
	// A row of the template has its columns in one order, which names the compiled text; any other row (or one
	// with a value left undefined, which would drop its column) is compiled as it is.
	const compiled =
		!fromTemplate.has(row) || (values as unknown[]).includes(undefined)
			? buildResponseInsert(db, row).compile()
			: reuseCompiled(db, 'insertResponse', () => buildResponseInsert(db, row), values);
	const result = await db.executeQuery(compiled);
	return Number(result.numAffectedRows ?? 0) === 1;
}

export function buildResponseInsert(db: Db, row: Insertable<ResponsesTable>) {
	return db
		.insertInto('responses')
		.values(row)
		.onConflict((oc) => oc.columns(['campaign_id', 'client_id']).doNothing());
}

export async function findResponseId(db: Db, campaignId: string, clientId: string): Promise<string | undefined> {
	const row = await db
		.selectFrom('responses')
		.select('id')
		.where('campaign_id', '=', campaignId)
		.where('client_id', '=', clientId)
		.executeTakeFirst();
	return row?.id;
}

/** False when this submission id already ended (or completed) in the campaign. */
export async function insertEnding(db: Db, row: SurveyEndingsTable): Promise<boolean> {
	const result = await db
		.insertInto('survey_endings')
		.values(row)
		.onConflict((oc) => oc.columns(['campaign_id', 'client_id']).doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Refusals of respondents who then went back and answered: they no longer count, and go. */
export async function deleteAnsweredEndings(db: Db): Promise<void> {
	await db
		.deleteFrom('survey_endings as e')
		.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('responses as r')
					.select('r.id')
					.whereRef('r.campaign_id', '=', 'e.campaign_id')
					.whereRef('r.client_id', '=', 'e.client_id')
			)
		)
		.execute();
}

export interface LinkCounts {
	responses: number;
	refused: number;
	notEligible: number;
}

/** Responses and endings per collection link of the campaign. */
export async function countByLink(db: Db, campaignId: string): Promise<Map<string, LinkCounts>> {
	const [responses, endings] = await Promise.all([
		db
			.selectFrom('responses')
			.select(['link_id', sql<number>`count(*)`.as('count')])
			.where('campaign_id', '=', campaignId)
			.groupBy('link_id')
			.execute(),
		db
			.selectFrom('survey_endings as e')
			.select(['e.link_id', 'e.outcome', sql<number>`count(*)`.as('count')])
			.where('e.campaign_id', '=', campaignId)
			// A respondent who refused, went back and answered has a response: the refusal no longer counts.
			.where(({ not, exists, selectFrom }) =>
				not(
					exists(
						selectFrom('responses as r')
							.select('r.id')
							.whereRef('r.campaign_id', '=', 'e.campaign_id')
							.whereRef('r.client_id', '=', 'e.client_id')
					)
				)
			)
			.groupBy(['e.link_id', 'e.outcome'])
			.execute()
	]);
	const counts = new Map<string, LinkCounts>();
	const entry = (linkId: string) => {
		if (!counts.has(linkId)) counts.set(linkId, { responses: 0, refused: 0, notEligible: 0 });
		return counts.get(linkId)!;
	};
	for (const row of responses) entry(row.link_id).responses = Number(row.count);
	for (const row of endings) {
		if (row.outcome === 'refused') entry(row.link_id).refused = Number(row.count);
		else entry(row.link_id).notEligible = Number(row.count);
	}
	return counts;
}

/** Which of these submission ids the campaign already holds, as responses and as endings (refusals, under 15). */
export async function findStoredClientIds(
	db: Db,
	campaignId: string,
	clientIds: readonly string[]
): Promise<{ responses: Set<string>; endings: Set<string> }> {
	const found = { responses: new Set<string>(), endings: new Set<string>() };
	// Bounded lists: both databases cap the parameters of one statement.
	for (let start = 0; start < clientIds.length; start += 500) {
		// SQLite answers without a turn of the event loop: a large import's lists let other requests in between.
		if (start > 0) await yieldToEventLoop();
		const chunk = clientIds.slice(start, start + 500);
		const [responses, endings] = await Promise.all([
			db
				.selectFrom('responses')
				.select('client_id')
				.where('campaign_id', '=', campaignId)
				.where('client_id', 'in', chunk)
				.execute(),
			db
				.selectFrom('survey_endings')
				.select('client_id')
				.where('campaign_id', '=', campaignId)
				.where('client_id', 'in', chunk)
				.execute()
		]);
		for (const row of responses) found.responses.add(row.client_id);
		for (const row of endings) found.endings.add(row.client_id);
	}
	return found;
}

/** The submission id of the response that holds a panel code in a wave and group, if one does. */
export async function findPanelCodeHolder(
	db: Db,
	campaignId: string,
	wave: Wave,
	group: Group,
	panelCode: string
): Promise<string | undefined> {
	const row = await db
		.selectFrom('responses')
		.select('client_id')
		.where('campaign_id', '=', campaignId)
		.where('wave', '=', wave)
		.where('group_name', '=', group)
		.where('panel_code', '=', panelCode)
		.executeTakeFirst();
	return row?.client_id;
}

/** The panel codes stored in a wave and group, each with the submission id of the response that holds it. */
export async function listPanelCodeHolders(
	db: Db,
	campaignId: string,
	wave: Wave,
	group: Group
): Promise<Map<string, string>> {
	const rows = await db
		.selectFrom('responses')
		.select(['panel_code', 'client_id'])
		.where('campaign_id', '=', campaignId)
		.where('wave', '=', wave)
		.where('group_name', '=', group)
		.where('panel_code', 'is not', null)
		.execute();
	return new Map(rows.map((row) => [row.panel_code!, row.client_id]));
}
