import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database, ResponsesTable, SurveyEndingsTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A collection link with what its respondents' pages need of the campaign and its organisation. */
export async function findLinkByToken(db: Db, token: string) {
	return db
		.selectFrom('collection_links as l')
		.innerJoin('campaigns as c', 'c.id', 'l.campaign_id')
		.innerJoin('organisations as o', 'o.id', 'c.organisation_id')
		.leftJoin('campaign_logos as g', 'g.campaign_id', 'c.id')
		.select([
			'l.id',
			'l.campaign_id',
			'l.wave',
			'l.group_name',
			'l.mode',
			'l.token',
			'l.opens_at',
			'l.closes_at',
			'c.title',
			'c.status',
			'c.organisation_id',
			'o.name as organisation_name',
			'g.updated_at as logo_updated_at'
		])
		.where('l.token', '=', token)
		.executeTakeFirst();
}

export type LinkRow = NonNullable<Awaited<ReturnType<typeof findLinkByToken>>>;

/** A published version of the campaign's survey: the one of that number, or the newest. */
export async function findPublishedVersion(db: Db, campaignId: string, number: number | null) {
	let query = db
		.selectFrom('survey_versions')
		.select(['id', 'number', 'core_module_version', 'custom_questions', 'frozen_settings'])
		.where('campaign_id', '=', campaignId)
		.where('status', '=', 'published');
	if (number !== null) query = query.where('number', '=', number);
	return query.orderBy('number', 'desc').executeTakeFirst();
}

export type PublishedVersionRow = NonNullable<Awaited<ReturnType<typeof findPublishedVersion>>>;

/** False when the campaign already holds a response with this submission id. */
export async function insertResponse(db: Db, row: Insertable<ResponsesTable>): Promise<boolean> {
	const result = await db
		.insertInto('responses')
		.values(row)
		.onConflict((oc) => oc.columns(['campaign_id', 'client_id']).doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
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

/** A respondent who went back from a refusal and then answered: the refusal no longer counts. */
export async function deleteEnding(db: Db, campaignId: string, clientId: string): Promise<void> {
	await db.deleteFrom('survey_endings').where('campaign_id', '=', campaignId).where('client_id', '=', clientId).execute();
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
			.selectFrom('survey_endings')
			.select(['link_id', 'outcome', sql<number>`count(*)`.as('count')])
			.where('campaign_id', '=', campaignId)
			.groupBy(['link_id', 'outcome'])
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
		const chunk = clientIds.slice(start, start + 500);
		const [responses, endings] = await Promise.all([
			db.selectFrom('responses').select('client_id').where('campaign_id', '=', campaignId).where('client_id', 'in', chunk).execute(),
			db.selectFrom('survey_endings').select('client_id').where('campaign_id', '=', campaignId).where('client_id', 'in', chunk).execute()
		]);
		for (const row of responses) found.responses.add(row.client_id);
		for (const row of endings) found.endings.add(row.client_id);
	}
	return found;
}
