import type { Kysely, Transaction } from 'kysely';
import type { Database, QuestionRecordingsTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A recording without its bytes: what lists and addresses need. */
export type RecordingSummaryRow = Omit<QuestionRecordingsTable, 'data' | 'campaign_id'>;
export type RecordingRow = Omit<QuestionRecordingsTable, 'campaign_id'>;

const SUMMARY = ['question', 'language', 'media_type', 'size', 'duration_ms', 'hash', 'updated_at'] as const;

export async function upsertRecording(db: Db, row: QuestionRecordingsTable): Promise<void> {
	// better-sqlite3 binds a Buffer as a blob, not a plain Uint8Array; pg takes either.
	const data = Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength);
	const { media_type, size, duration_ms, hash, updated_at } = row;
	await db
		.insertInto('question_recordings')
		.values({ ...row, data })
		.onConflict((oc) =>
			oc
				.columns(['campaign_id', 'question', 'language'])
				.doUpdateSet({ media_type, size, duration_ms, hash, data, updated_at })
		)
		.execute();
}

/** Whether there was one to delete. */
export async function deleteRecording(
	db: Db,
	campaignId: string,
	question: string,
	language: string
): Promise<boolean> {
	const result = await db
		.deleteFrom('question_recordings')
		.where('campaign_id', '=', campaignId)
		.where('question', '=', question)
		.where('language', '=', language)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

export function listRecordingSummaries(db: Db, campaignId: string): Promise<RecordingSummaryRow[]> {
	return db
		.selectFrom('question_recordings')
		.select(SUMMARY)
		.where('campaign_id', '=', campaignId)
		.orderBy('question')
		.orderBy('language')
		.execute();
}

export function findRecording(
	db: Db,
	campaignId: string,
	question: string,
	language: string
): Promise<RecordingRow | undefined> {
	return db
		.selectFrom('question_recordings')
		.select([...SUMMARY, 'data'])
		.where('campaign_id', '=', campaignId)
		.where('question', '=', question)
		.where('language', '=', language)
		.executeTakeFirst();
}

/** A recording of the campaign a collection link belongs to, as its respondents' pages play it. */
export function findRecordingByLinkToken(
	db: Db,
	token: string,
	question: string,
	language: string
): Promise<RecordingRow | undefined> {
	return db
		.selectFrom('question_recordings as r')
		.innerJoin('collection_links as l', 'l.campaign_id', 'r.campaign_id')
		.select(['r.question', 'r.language', 'r.media_type', 'r.size', 'r.duration_ms', 'r.hash', 'r.updated_at', 'r.data'])
		.where('l.token', '=', token)
		.where('r.question', '=', question)
		.where('r.language', '=', language)
		.executeTakeFirst();
}

/**
 * What a respondent's page needs, in one query: whether the campaign reads its pages aloud, and each recording's
 * question, language and hash (no bytes). An unknown campaign gives no row.
 */
export async function findPageRecordings(
	db: Db,
	campaignId: string
): Promise<{ readAloud: boolean; recordings: { question: string; language: string; hash: string }[] } | undefined> {
	const rows = await db
		.selectFrom('campaigns as c')
		.leftJoin('question_recordings as r', 'r.campaign_id', 'c.id')
		.select(['c.read_aloud', 'r.question', 'r.language', 'r.hash'])
		.where('c.id', '=', campaignId)
		.orderBy('r.question')
		.orderBy('r.language')
		.execute();
	if (rows.length === 0) return undefined;
	return {
		readAloud: Number(rows[0].read_aloud) === 1,
		recordings: rows.flatMap((row) =>
			row.question === null || row.language === null || row.hash === null
				? []
				: [{ question: row.question, language: row.language, hash: row.hash }]
		)
	};
}

export async function findReadAloud(db: Db, campaignId: string): Promise<boolean> {
	const row = await db.selectFrom('campaigns').select('read_aloud').where('id', '=', campaignId).executeTakeFirst();
	return Number(row?.read_aloud) === 1;
}

export async function updateReadAloud(db: Db, campaignId: string, on: boolean): Promise<void> {
	await db
		.updateTable('campaigns')
		.set({ read_aloud: on ? 1 : 0 })
		.where('id', '=', campaignId)
		.execute();
}
