import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { CORE_ITEMS, type ProblemCode } from '$lib/core-module';
import type { CustomProblemCode } from '$lib/survey/custom-answers';
import { findBounds, validateResponse, type SurveyDefinition } from '$lib/survey/response';
import type { ColumnPlan, ColumnProblem } from './csv-columns';
import { CLOCK_SKEW_MS, parseInstant } from '../responses/instant';
import {
	isPanelCodeTaken,
	readRowDesign,
	type DesignColumns,
	type DesignContext,
	type DesignProblemCode
} from './csv-design';
import type { CsvRow } from './csv-table';
import { GROUPS, WAVES, type Group, type Wave } from '$lib/indicators/types';
import { CLIENT_ID } from '../responses/schema';
import type { Submission } from '../responses/service';
import { submissionClock } from '$lib/survey/question-rules';

export type RowProblemCode =
	| 'extra_values'
	| 'client_id_invalid'
	| 'client_id_repeated'
	| 'language_not_offered'
	| 'language_missing'
	| 'timestamp_invalid'
	| 'submitted_in_future'
	| 'started_after_submitted'
	| 'wave_not_link'
	| 'group_not_link';

export type ImportProblemCode =
	ColumnProblem['code'] | RowProblemCode | DesignProblemCode | ProblemCode | CustomProblemCode;

/** One thing wrong with the file: where (line, header = line 1; column), what it holds, and a code to explain it. */
export interface ImportProblem {
	line: number;
	/** The column's header as the file gives it; null for the row as a whole. */
	column: string | null;
	/** The cell, shortened. */
	value: string;
	code: ImportProblemCode;
	/** The limits a number or a text had to keep. */
	min: number | null;
	max: number | null;
	/** For a repeated submission id: the line that has it first. */
	firstLine: number | null;
}

export interface RowContext extends DesignContext {
	definition: SurveyDefinition;
	/** The languages of the survey version. */
	languages: readonly string[];
	/** The rows' language when the file does not say it. */
	fallbackLanguage: string | null;
	/** Part of the ids made for rows that carry none: the same answers in another wave are another response. */
	linkId: string;
	/** The link's wave and group: a row that names others is refused, never stored where it does not belong. */
	wave: Wave;
	group: Group;
	now: Date;
}

export interface Candidate {
	line: number;
	submission: Submission;
}

const SHOWN_LENGTH = 40;
const CORE_MULTIPLE: ReadonlySet<string> = new Set(
	CORE_ITEMS.filter((item) => item.kind === 'multiple').map((item) => item.id)
);

/** What reading one row needs of the file, and what is kept from row to row: how often each content and each id was met. */
export interface RowReading {
	header: readonly string[];
	plan: ColumnPlan;
	context: RowContext;
	contents: Map<string, number>;
	ids: Map<string, number>;
	design: DesignColumns;
}

export function startReading(header: readonly string[], plan: ColumnPlan, context: RowContext): RowReading {
	const { cluster, stratum, weight, panelId } = plan;
	const design = { header, cluster, stratum, weight, panelId, panelCodes: new Map<string, number>() };
	return { header, plan, context, contents: new Map(), ids: new Map(), design };
}

type Report = (column: string | null, value: string, code: ImportProblemCode, extra?: Partial<ImportProblem>) => void;

/** One row, in file order, as a submission ready to store, or every problem it has. */
export function readRow(reading: RowReading, row: CsvRow): { candidate: Candidate } | { problems: ImportProblem[] } {
	const { header, plan, context } = reading;
	const problems: ImportProblem[] = [];
	const report: Report = (column, value, code, extra = {}) =>
		problems.push({
			line: row.line,
			column,
			value: shorten(value),
			code,
			min: null,
			max: null,
			firstLine: null,
			...extra
		});
	const cell = (index: number) => row.cells[index] ?? '';

	const extra = row.cells.slice(header.length).find((value) => value !== '');
	if (extra !== undefined) report(null, extra, 'extra_values');

	const answers: Record<string, string | string[]> = {};
	for (const { index, code } of plan.answers) {
		const value = cell(index);
		if (value !== '') answers[code] = CORE_MULTIPLE.has(code) ? value.split(/\s+/) : value;
	}

	checkPlacement(reading, row, report);
	const language = readLanguage(reading, row, report);
	const started = readTime(reading, row, plan.startedAt, report);
	const submitted = readTime(reading, row, plan.submittedAt, report);
	const submittedAt = submitted.given ? submitted.instant : context.now.toISOString();
	if (submitted.instant && Date.parse(submitted.instant) > context.now.getTime() + CLOCK_SKEW_MS) {
		report(submitted.column, submitted.instant, 'submitted_in_future');
	}
	if (started.instant && submittedAt && started.instant > submittedAt)
		report(started.column, started.instant, 'started_after_submitted');

	const validation = validateResponse(context.definition, answers, {
		allowMissing: true,
		clock: submissionClock(submittedAt)
	});
	if (!validation.ok) {
		for (const { item, code } of validation.problems) {
			// A missing column is said once, for the whole file.
			if (
				code === 'required' &&
				plan.problems.some((problem) => problem.code === 'missing_column' && problem.column === item)
			)
				continue;
			const column = plan.answers.find((answer) => answer.code === item);
			report(column?.header ?? item, column ? cell(column.index) : '', code, findBounds(context.definition, item));
		}
	}

	const design = readRowDesign(reading.design, context, row, report);
	const clientId = readClientId(reading, row, answers, report);
	if (design?.panelCode && isPanelCodeTaken(context, design.panelCode, clientId))
		report(reading.design.header[reading.design.panelId!], design.panelCode, 'panel_code_taken');
	if (problems.length > 0 || !validation.ok || language === null || submittedAt === null) return { problems };
	const submission: Submission = {
		clientId,
		language,
		startedAt: started.instant,
		submittedAt,
		outcome: validation.outcome,
		core: validation.core,
		custom: validation.custom,
		...(design && { design })
	};
	return { candidate: { line: row.line, submission } };
}

/**
 * A row that names one of Mesure's waves or groups (as its export does) must name the link's: said, never moved.
 * Another value is not Mesure's (a form of another tool may have its own `group` question): left alone.
 */
function checkPlacement({ header, plan, context }: RowReading, row: CsvRow, report: Report): void {
	for (const [index, known, expected, code] of [
		[plan.wave, WAVES, context.wave, 'wave_not_link'],
		[plan.group, GROUPS, context.group, 'group_not_link']
	] as const) {
		const value = index === null ? '' : (row.cells[index] ?? '').trim();
		const named = value.toLowerCase();
		if ((known as readonly string[]).includes(named) && named !== expected) report(header[index!], value, code);
	}
}

function readLanguage({ header, plan, context }: RowReading, row: CsvRow, report: Report): string | null {
	const index = plan.language;
	const value = index === null ? '' : (row.cells[index] ?? '').toLowerCase();
	if (value === '') {
		// Without a language column the whole file needs one, which is the caller's to ask for.
		if (context.fallbackLanguage === null && index !== null) report(header[index], '', 'language_missing');
		return context.fallbackLanguage;
	}
	const offered = context.languages.find((language) => language === value);
	if (!offered) report(header[index!], value, 'language_not_offered');
	return offered ?? null;
}

/** The first of the columns (best first) that has a value, read as an instant (null when it is not one). */
function readTime(
	{ header }: RowReading,
	row: CsvRow,
	columns: readonly number[],
	report: Report
): { given: boolean; instant: string | null; column: string | null } {
	const index = columns.find((candidate) => (row.cells[candidate] ?? '') !== '');
	if (index === undefined) return { given: false, instant: null, column: null };
	const instant = parseInstant(row.cells[index]);
	if (instant === null) report(header[index], row.cells[index], 'timestamp_invalid');
	return { given: true, instant, column: header[index] };
}

/**
 * The submission id the file gives (best column first), or one made from the row's answers, times and
 * language, the link, and how many identical rows came before: importing the same file again, even
 * sorted otherwise, gives every row the same id, so nothing is stored twice.
 */
function readClientId(
	reading: RowReading,
	row: CsvRow,
	answers: Readonly<Record<string, string | string[]>>,
	report: Report
): string {
	const { header, plan, context, contents, ids } = reading;
	const index = plan.clientId.find((candidate) => (row.cells[candidate] ?? '') !== '');
	let id: string;
	if (index !== undefined) {
		id = row.cells[index];
		if (!CLIENT_ID.test(id)) report(header[index], id, 'client_id_invalid');
	} else {
		const fields = [plan.language, ...plan.startedAt, ...plan.submittedAt].flatMap((column) =>
			column === null ? [] : [[header[column].toLowerCase(), row.cells[column] ?? '']]
		);
		const content = JSON.stringify([
			context.linkId,
			Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : 1)),
			fields
		]);
		const occurrence = contents.get(content) ?? 0;
		contents.set(content, occurrence + 1);
		id = `csv-${encodeHexLowerCase(sha256(new TextEncoder().encode(`${content}#${occurrence}`))).slice(0, 32)}`;
	}
	const firstLine = ids.get(id);
	if (firstLine !== undefined && index !== undefined) report(header[index], id, 'client_id_repeated', { firstLine });
	else ids.set(id, row.line);
	return id;
}

function shorten(value: string): string {
	return value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH - 1)}…` : value;
}
