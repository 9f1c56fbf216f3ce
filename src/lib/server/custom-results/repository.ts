import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { CustomSums, TextAnswer } from '$lib/custom-results/types';
import type { MergedQuestion } from '$lib/custom-results/questions';
import type { Group, Wave } from '$lib/indicators/types';
import type { Database } from '../db/schema';
import { readerFor, type AnswerReader } from './json';

/** Columns per query: a campaign with very many questions and answers is read in a few passes, not one too wide. */
const MOST_COLUMNS = 400;

interface Column {
	code: string;
	/** `n`, `sum`, `squares`, or an answer's code prefixed by `=`. */
	part: string;
	expression: RawBuilder<unknown>;
}

/**
 * The sums of the questions given, per wave and group, added up by the database over the campaign's responses
 * but the rejected, in one pass per few hundred columns: respondents who answered each question, for shares each
 * answer's count, for numbers the sum and sum of squares, for texts the count. Memory does not grow with the
 * responses.
 */
export async function sumCustomAnswers(
	db: Kysely<Database>,
	campaignId: string,
	questions: readonly MergedQuestion[]
): Promise<Map<string, CustomSums[]>> {
	const reader = readerFor(db);
	const columns = questions.flatMap((question) => listColumns(reader, question));
	const sums = new Map<string, Map<string, CustomSums>>(questions.map((question) => [question.code, new Map()]));
	for (let start = 0; start < columns.length; start += MOST_COLUMNS) {
		const part = columns.slice(start, start + MOST_COLUMNS);
		const selected = part.map((column, index) => sql`${column.expression} as ${sql.ref(`c${index}`)}`);
		const { rows } = await sql<Record<string, string | number | null>>`
			select r.wave as wave, r.group_name as group_name, ${sql.join(selected)}
			from ${reader.source(campaignId)}
			group by r.wave, r.group_name`.execute(db);
		for (const row of rows) {
			part.forEach((column, index) => {
				const cells = sums.get(column.code)!;
				const place = `${row.wave}:${row.group_name}`;
				let cell = cells.get(place);
				if (!cell) {
					cell = { wave: row.wave as Wave, group: row.group_name as Group, n: 0, counts: {}, sum: 0, sumSquares: 0 };
					cells.set(place, cell);
				}
				const value = Number(row[`c${index}`] ?? 0);
				if (column.part === 'n') cell.n = value;
				else if (column.part === 'sum') cell.sum = value;
				else if (column.part === 'squares') cell.sumSquares = value;
				else cell.counts[column.part.slice(1)] = value;
			});
		}
	}
	return new Map([...sums].map(([code, cells]) => [code, [...cells.values()]]));
}

function listColumns(reader: AnswerReader, question: MergedQuestion): Column[] {
	const { code } = question;
	const asked = question.sameInAll
		? sql`1 = 1`
		: sql`r.survey_version_id in (${sql.join(question.versionIds.map((id) => sql`${id}`))})`;
	const count = (part: string, condition: RawBuilder<unknown>): Column => ({
		code,
		part,
		expression: sql`coalesce(sum(case when ${asked} and ${condition} then 1 else 0 end), 0)`
	});
	switch (question.type) {
		case 'single':
		case 'yes_no': {
			const answers = question.type === 'yes_no' ? ['yes', 'no'] : question.options.map((option) => option.code);
			return [
				count('n', reader.isText(code)),
				...answers.map((answer) => count(`=${answer}`, sql`${reader.text(code)} = ${answer}`))
			];
		}
		case 'multiple':
			return [
				count('n', reader.isList(code)),
				...question.options.map((option) =>
					count(`=${option.code}`, sql`${reader.isList(code)} and ${reader.includes(code, option.code)}`)
				)
			];
		case 'integer':
		case 'decimal':
		case 'scale_5': {
			const value = sql`case when ${asked} and ${reader.isNumber(code)} then ${reader.number(code)} end`;
			return [
				{ code, part: 'n', expression: sql`count(${value})` },
				{ code, part: 'sum', expression: sql`coalesce(sum(${value}), 0)` },
				{ code, part: 'squares', expression: sql`coalesce(sum(${value} * ${value}), 0)` }
			];
		}
		case 'text':
		case 'long_text':
			return [count('n', sql`${reader.isText(code)} and ${reader.text(code)} <> ''`)];
		default:
			return [];
	}
}

/** The latest text answers to one question (newest first, at most `limit`), from the responses but the rejected. */
export async function listLatestTexts(
	db: Kysely<Database>,
	campaignId: string,
	question: MergedQuestion,
	limit: number
): Promise<TextAnswer[]> {
	const reader = readerFor(db);
	const asked = question.sameInAll
		? sql`1 = 1`
		: sql`r.survey_version_id in (${sql.join(question.versionIds.map((id) => sql`${id}`))})`;
	const { rows } = await sql<{ wave: Wave; group_name: Group; submitted_at: string; text: string }>`
		select r.wave as wave, r.group_name as group_name, r.submitted_at as submitted_at, ${reader.text(question.code)} as text
		from ${reader.newest(campaignId)}
		where ${asked} and ${reader.isText(question.code)} and ${reader.text(question.code)} <> ''
		order by r.submitted_at desc, r.id desc
		limit ${limit}`.execute(db);
	return rows.map((row) => ({
		wave: row.wave,
		group: row.group_name,
		submittedAt: String(row.submitted_at),
		text: row.text
	}));
}

/** The campaign's published survey versions, newest first, with their custom questions as stored (JSON). */
export async function listPublishedVersions(
	db: Kysely<Database>,
	campaignId: string
): Promise<{ id: string; customQuestions: string }[]> {
	const rows = await db
		.selectFrom('survey_versions')
		.select(['id', 'custom_questions'])
		.where('campaign_id', '=', campaignId)
		.where('status', '=', 'published')
		.orderBy('number', 'desc')
		.execute();
	return rows.map((row) => ({ id: row.id, customQuestions: row.custom_questions }));
}
