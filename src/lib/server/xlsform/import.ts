import { isCoreItemId } from '$lib/core-module';
import { isMessageKey, translator } from '../i18n/catalogues';
import { customQuestionSchema, type CustomQuestion } from '$lib/survey/custom-question';
import { customQuestionListSchema } from '$lib/survey/question-list';
import { readChoices } from './choices';
import type { ReadQuestion } from './context';
import { findLanguage } from './languages';
import { dropUnlabelled, resolveReferences } from './label-checks';
import { findRefusedCell } from './refusals';
import { readSurveySheet } from './survey-sheet';
import { makeTextReader } from './texts';
import type { ImportOptions, ImportProblem, ImportResult, SheetName } from './types';
import type { WorkbookSheets } from './sheets';
import { loadWorkbook, readSheet, type Sheet } from './workbook';

const SHEET_ORDER: SheetName[] = ['survey', 'choices', 'settings'];

function readNamedSheet(sheets: WorkbookSheets, name: SheetName): Sheet | null {
	return readSheet(sheets[name], name);
}

/** The settings sheet's first row under its header; pyxform also calls the form id `id_string`. */
function readSettings(sheet: Sheet | null): { title?: string; formId?: string; defaultLanguage?: string } {
	const cells = sheet?.rows[0]?.cells;
	if (!cells) return {};
	const formId = cells.get('form_id') ?? cells.get('id_string');
	return {
		...(cells.has('form_title') && { title: cells.get('form_title') }),
		...(formId && { formId }),
		...(cells.has('default_language') && { defaultLanguage: cells.get('default_language') })
	};
}

function reportDropped(problems: ImportProblem[], entry: ReadQuestion, message: string | undefined): void {
	// The detail is in English, for people: the schema's message as it reads, not its key.
	const why = message !== undefined && isMessageKey(message) ? translator('en')(message) : 'it is not valid';
	problems.push({
		sheet: 'survey',
		row: entry.row,
		reason: 'invalid_question',
		detail: `${entry.question.code}: refused (${why.replace(/\.$/, '')}): left out`
	});
}

/** What the list schema would refuse, one question at a time: each checked once, whatever the number refused. */
function dropInvalid(read: readonly ReadQuestion[], problems: ImportProblem[]): ReadQuestion[] {
	const kept: ReadQuestion[] = [];
	const codes = new Set<string>();
	for (const entry of read) {
		const { code, showIf } = entry.question;
		const result = customQuestionSchema.safeParse(entry.question);
		const dangling = showIf !== null && !codes.has(showIf.question) && !isCoreItemId(showIf.question);
		const message = !result.success
			? result.error.issues[0]?.message
			: codes.has(code)
				? 'errors.question_code_taken'
				: dangling
					? 'errors.show_if_unknown'
					: null;
		if (message === null) {
			codes.add(code);
			kept.push(entry);
		} else reportDropped(problems, entry, message);
	}
	return kept;
}

/**
 * A safety net: what the reading let through should already be valid. Anything the schema still refuses is
 * left out and reported: each question checked once, then the list, one question at a time, until it passes.
 */
function keepValid(read: ReadQuestion[], problems: ImportProblem[]): CustomQuestion[] {
	const whole = customQuestionListSchema.safeParse(read.map((entry) => entry.question));
	if (whole.success) return read.map((entry) => entry.question);
	const kept = dropInvalid(read, problems);
	for (;;) {
		const result = customQuestionListSchema.safeParse(kept.map((entry) => entry.question));
		if (result.success) return kept.map((entry) => entry.question);
		const issue = result.error.issues.find((candidate) => typeof candidate.path[0] === 'number');
		const index = typeof issue?.path[0] === 'number' ? issue.path[0] : kept.length - 1;
		const [dropped] = kept.splice(index, 1);
		reportDropped(problems, dropped, issue?.message);
	}
}

/**
 * Reads an XLSForm (.xlsx or .xls) into custom questions, with a report of everything it leaves out or changes.
 * Never throws on a bad file: a file that is not a workbook, has no survey sheet or no question gets an error.
 */
export async function importXlsForm(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
	const loaded = await loadWorkbook(bytes);
	if (!loaded.ok) return { ok: false, error: loaded.error === 'too_large' ? 'too_large_unpacked' : 'not_a_workbook' };
	const workbook = loaded.sheets;
	if (!workbook.survey) return { ok: false, error: 'no_survey_sheet' };
	const survey = readNamedSheet(workbook, 'survey');
	if (!survey || !survey.rows.some((row) => row.cells.has('type'))) return { ok: false, error: 'empty_survey' };
	const refused = findRefusedCell(survey);
	if (refused) return { ok: false, ...refused };

	const settings = readSettings(readNamedSheet(workbook, 'settings'));
	const fallback = findLanguage(settings.defaultLanguage ?? '') ?? options.languages[0] ?? 'en';
	const problems: ImportProblem[] = [];
	const choicesSheet = readNamedSheet(workbook, 'choices');
	const lists = readChoices(
		choicesSheet,
		choicesSheet ? makeTextReader(choicesSheet, fallback, problems) : () => ({}),
		problems
	);
	const read = readSurveySheet(survey, lists, makeTextReader(survey, fallback, problems), options.languages, problems);
	const rowOf = new Map(read.map((entry) => [entry.question.code, entry.row]));
	const questions = resolveReferences(keepValid(dropUnlabelled(read, problems), problems), rowOf, problems);
	problems.sort((a, b) => SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet) || a.row - b.row);
	return {
		ok: true,
		questions,
		problems,
		...(settings.title && { title: settings.title }),
		...(settings.formId && { formId: settings.formId })
	};
}
