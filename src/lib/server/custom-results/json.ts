import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema';
import { isPostgres } from '../db/dialect';

/**
 * How a query reads one custom answer from a response's `custom_answers` (JSON text), in each dialect. The
 * responses are read as `r`, their answers as `r.a`: PostgreSQL parses each row's JSON once, in the subquery,
 * SQLite keeps the last rows' parses. Codes are parameters, never SQL.
 */
export interface AnswerReader {
	/** `select … from` the campaign's responses but the rejected: wave, group_name, survey_version_id, submitted_at, id, a. */
	source: (campaignId: string) => RawBuilder<unknown>;
	/** The same rows for a query that reads the newest few: a subquery the database may read in an index's order. */
	newest: (campaignId: string) => RawBuilder<unknown>;
	isText: (code: string) => RawBuilder<boolean>;
	isNumber: (code: string) => RawBuilder<boolean>;
	isList: (code: string) => RawBuilder<boolean>;
	text: (code: string) => RawBuilder<string>;
	number: (code: string) => RawBuilder<number>;
	/** Whether a list answer holds the answer code. */
	includes: (code: string, answer: string) => RawBuilder<boolean>;
}

const COLUMNS = sql`wave, group_name, survey_version_id, submitted_at, id`;

const SQLITE: AnswerReader = {
	source: (campaignId) =>
		sql`(select ${COLUMNS}, custom_answers as a from responses where campaign_id = ${campaignId} and review_state <> 'rejected') r`,
	newest: (campaignId) => SQLITE.source(campaignId),
	isText: (code) => sql`json_type(r.a, ${path(code)}) = 'text'`,
	isNumber: (code) => sql`json_type(r.a, ${path(code)}) in ('integer', 'real')`,
	isList: (code) => sql`json_type(r.a, ${path(code)}) = 'array'`,
	text: (code) => sql`json_extract(r.a, ${path(code)})`,
	number: (code) => sql`json_extract(r.a, ${path(code)})`,
	// A list is the JSON text of its codes, each quoted; codes are letters, digits, `_`, `.` and `-`, never escaped.
	includes: (code, answer) => sql`instr(json_extract(r.a, ${path(code)}), ${`"${answer}"`}) > 0`
};

const POSTGRES: AnswerReader = {
	// offset 0 keeps the subquery whole, so that each row's JSON is parsed once rather than in every expression.
	source: (campaignId) =>
		sql`(select ${COLUMNS}, custom_answers::jsonb as a from responses where campaign_id = ${campaignId} and review_state <> 'rejected' offset 0) r`,
	newest: (campaignId) =>
		sql`(select ${COLUMNS}, custom_answers::jsonb as a from responses where campaign_id = ${campaignId} and review_state <> 'rejected') r`,
	isText: (code) => sql`jsonb_typeof(r.a -> ${key(code)}) = 'string'`,
	isNumber: (code) => sql`jsonb_typeof(r.a -> ${key(code)}) = 'number'`,
	isList: (code) => sql`jsonb_typeof(r.a -> ${key(code)}) = 'array'`,
	text: (code) => sql`(r.a ->> ${key(code)})`,
	number: (code) => sql`(r.a ->> ${key(code)})::float8`,
	includes: (code, answer) => sql`(r.a -> ${key(code)}) @> jsonb_build_array(${key(answer)})`
};

/** A question's code as a JSON path: codes are `[a-z][a-z0-9_]*`, which a path takes as they are. */
function path(code: string): string {
	return `$.${code}`;
}

function key(code: string): RawBuilder<string> {
	return sql`cast(${code} as text)`;
}

export function readerFor(db: Kysely<Database>): AnswerReader {
	return isPostgres(db) ? POSTGRES : SQLITE;
}
