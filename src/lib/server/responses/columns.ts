import {
	bandAge,
	CORE_ITEMS,
	INDICATORS,
	scoreResponse,
	type CoreAnswers,
	type IndicatorValues,
	type ItemId
} from '$lib/core-module';
import type { CoreAnswerColumns, ScoreColumns } from '../db/schema';
import { answerColumnOf, scoreColumnOf } from '../indicators/response-columns';

type ColumnName = keyof CoreAnswerColumns;

/** The column of an item: its id in lower case (`E3_P` → `e3_p`). */
export function columnOf(item: ItemId): ColumnName {
	return answerColumnOf(item) as ColumnName;
}

/** As db/schema types them: integer items, and scales that offer no `dk`, are stored as integers. */
const ITEM_COLUMNS = CORE_ITEMS.map((item) => ({
	id: item.id,
	column: columnOf(item.id),
	number: item.kind === 'integer' || (item.kind === 'scale' && !item.dk)
}));

/** Core answers as stored: §2b codes, lists joined by spaces, the scales that offer `dk` as text. */
export function toAnswerColumns(answers: CoreAnswers): CoreAnswerColumns {
	return writeAnswerColumns({} as CoreAnswerColumns, answers);
}

/** The same, written into a row that already has these columns (a response's, made from its template). */
export function writeAnswerColumns<R extends CoreAnswerColumns>(row: R, answers: CoreAnswers): R {
	const columns = row as unknown as Record<string, string | number | null>;
	for (const { id, column, number } of ITEM_COLUMNS) {
		const value = answers[id];
		if (value === undefined) columns[column] = null;
		else if (Array.isArray(value)) columns[column] = value.join(' ');
		else columns[column] = number ? Number(value) : String(value);
	}
	return row;
}

/** The stored columns back as answers, each in the type its item takes. */
export function fromAnswerColumns(row: CoreAnswerColumns): CoreAnswers {
	const answers: Record<string, unknown> = {};
	for (const item of CORE_ITEMS) {
		const value = row[columnOf(item.id)];
		if (value === null || value === undefined) continue;
		if (item.kind === 'multiple') answers[item.id] = String(value) === '' ? [] : String(value).split(' ');
		else if (item.kind === 'integer' || (item.kind === 'scale' && value !== 'dk')) answers[item.id] = Number(value);
		else answers[item.id] = String(value);
	}
	return answers as CoreAnswers;
}

const SCORE_COLUMNS = Object.fromEntries(
	INDICATORS.map((indicator) => [indicator.id, scoreColumnOf(indicator.id)])
) as Record<keyof IndicatorValues, keyof ScoreColumns>;

const SCORE_ENTRIES = Object.entries(SCORE_COLUMNS);

/** The score columns, each once (as keys, for a row's template). */
export const SCORE_COLUMN_NAMES: Readonly<Record<keyof ScoreColumns, true>> = Object.fromEntries(
	Object.values(SCORE_COLUMNS).map((column) => [column, true])
) as Record<keyof ScoreColumns, true>;

/** What the response scores on each indicator (core module scoring), and its age band, as stored beside it. */
export function toScoreColumns(
	answers: CoreAnswers,
	signatureMessageCount: number
): ScoreColumns & { age_band: string | null } {
	return writeScoreColumns({} as ScoreColumns & { age_band: string | null }, answers, signatureMessageCount);
}

/** The same, written into a row that already has these columns. */
export function writeScoreColumns<R extends ScoreColumns & { age_band: string | null }>(
	row: R,
	answers: CoreAnswers,
	signatureMessageCount: number
): R {
	const scores = scoreResponse(answers, { signatureMessageCount });
	const columns = row as unknown as Record<string, number | string | null>;
	for (const [indicator, column] of SCORE_ENTRIES) {
		const value = scores[indicator as keyof IndicatorValues];
		columns[column] = value === null ? null : typeof value === 'boolean' ? Number(value) : value;
	}
	columns.age_band = answers.D2 === undefined ? null : bandAge(answers.D2);
	return row;
}
