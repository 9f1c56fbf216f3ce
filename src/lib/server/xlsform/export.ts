import { fillText, getItem, isCoreItemId } from '$lib/core-module';
import { findWords } from '$lib/survey/words';
import {
	RESERVED_QUESTION_CODES,
	type CustomQuestion,
	type CustomQuestionType,
	type LocalisedText,
	type SurveyLanguage
} from '$lib/survey/custom-question';
import { formatListName, LONG_TEXT_APPEARANCE, SCALE_5_CODES, SCALE_5_LIST, YES_NO_LIST } from './conventions';
import { END_GUARDS, listCoreChoices, listCoreRows } from './core-rows';
import { writeDefault } from './defaults';
import { joinConditions, writeComparison, writeConstraint } from './expressions';
import { attachAudio } from './audio-columns';
import { closeRepeats, listRepeatCodes, writeInstanceCounts } from './repeat-export';
import { localise, writeWorkbook, type ChoiceRow, type SurveyRow } from './rows';
import type { XlsFormSurvey } from './types';

const CUSTOM_TYPES: Record<CustomQuestionType, (code: string) => string> = {
	single: (code) => `select_one ${formatListName(code)}`,
	multiple: (code) => `select_multiple ${formatListName(code)}`,
	rank: (code) => `rank ${formatListName(code)}`,
	yes_no: () => `select_one ${YES_NO_LIST}`,
	scale_5: () => `select_one ${SCALE_5_LIST}`,
	integer: () => 'integer',
	decimal: () => 'decimal',
	text: () => 'text',
	long_text: () => 'text',
	date: () => 'date',
	time: () => 'time',
	datetime: () => 'dateTime',
	acknowledge: () => 'acknowledge',
	note: () => 'note',
	calculate: () => 'calculate',
	repeat: () => 'begin_repeat'
};

function pick(text: LocalisedText, languages: readonly SurveyLanguage[]): LocalisedText {
	return localise(languages, (language) => text[language] ?? '');
}

function takesSeveral(code: string, questions: readonly CustomQuestion[]): boolean {
	if (isCoreItemId(code)) return getItem(code).kind === 'multiple';
	return questions.some((question) => question.code === code && question.type === 'multiple');
}

/**
 * A note is never required: a collecting app could not let anyone past a required note; nor is a repeat group's
 * row (its `begin_repeat`), whose instances the respondent adds. `groups`: the survey's repeat groups.
 */
function writeCustomRow(
	question: CustomQuestion,
	questions: readonly CustomQuestion[],
	survey: XlsFormSurvey,
	groups: ReadonlySet<string>
): SurveyRow {
	const { languages } = survey;
	const { showIf, min, max } = question;
	const condition = showIf && { name: showIf.question, op: showIf.op, value: showIf.value };
	const numeric = question.type === 'integer' || question.type === 'decimal';
	const answered = question.type !== 'note' && question.type !== 'calculate' && question.type !== 'repeat';
	const bounds = numeric ? writeConstraint(min, max) : '';
	const counted = (text: string) => writeInstanceCounts(text, groups);
	return {
		type: CUSTOM_TYPES[question.type](question.code),
		name: question.code,
		label: pick(question.label, languages),
		hint: pick(question.hint, languages),
		required: answered && (question.required || (question.requiredIf ? counted(question.requiredIf) : false)),
		relevant: counted(
			joinConditions([
				...END_GUARDS,
				condition ? writeComparison(condition, takesSeveral(condition.name, questions)) : '',
				question.relevant ?? ''
			])
		),
		constraint: counted(joinConditions([bounds, question.constraint ? `(${question.constraint})` : ''])),
		constraintMessage: localise(languages, (language) => {
			const own = question.constraintMessage?.[language];
			if (own) return own;
			return numeric && min !== null && max !== null
				? fillText(findWords(language, survey.addedTexts?.[language]).core['problem.out_of_range'], { min, max })
				: '';
		}),
		appearance: question.type === 'long_text' ? LONG_TEXT_APPEARANCE : '',
		...(question.requiredMessage && { requiredMessage: pick(question.requiredMessage, languages) }),
		...(question.calculation && { calculation: counted(question.calculation) }),
		...(question.choiceFilter && { choiceFilter: counted(question.choiceFilter) }),
		...(question.repeatCount && { repeatCount: counted(question.repeatCount) }),
		...(question.defaultAnswer !== undefined && { defaultAnswer: writeDefault(question, question.defaultAnswer) })
	};
}

/** An option with no label in a language (as some imported forms have) is labelled by its code there: a choice needs one. */
function listCustomChoices(questions: readonly CustomQuestion[], languages: readonly SurveyLanguage[]): ChoiceRow[] {
	const rows = questions.flatMap((question) =>
		question.type === 'single' || question.type === 'multiple' || question.type === 'rank'
			? question.options.map((option) => ({
					listName: formatListName(question.code),
					name: option.code,
					label: localise(languages, (language) => option.label[language]?.trim() || option.code),
					...(option.columns && { columns: option.columns })
				}))
			: []
	);
	if (questions.some((question) => question.type === 'scale_5')) {
		rows.push(
			...SCALE_5_CODES.map((code) => ({ listName: SCALE_5_LIST, name: code, label: localise(languages, () => code) }))
		);
	}
	return rows;
}

/** Questions that share a page, in a `field-list` group of the page's name, as they came in. */
function groupPages(
	rows: readonly SurveyRow[],
	questions: readonly CustomQuestion[],
	languages: readonly SurveyLanguage[]
): SurveyRow[] {
	const taken = new Set(rows.map((row) => row.name));
	// A group's name must not be a question's, nor one of the form's metadata (`start`, `end`, `meta`): XLSForm names
	// are one namespace.
	const nameOf = (page: string) => (taken.has(page) || RESERVED_QUESTION_CODES.has(page) ? `${page}_page` : page);
	// Each instance of a repeat group is a page of its own: a group and its members share no other.
	const pageOf = new Map(
		questions.flatMap((question) =>
			question.page && question.type !== 'repeat' && question.repeat === undefined
				? [[question.code, question.page]]
				: []
		)
	);
	const grouped: SurveyRow[] = [];
	let open: string | undefined;
	const group = (type: string, name: string): SurveyRow => ({
		...writeMetadataRow('start', languages),
		type,
		name,
		appearance: type === 'begin_group' ? 'field-list' : ''
	});
	for (const row of rows) {
		const page = pageOf.get(row.name);
		if (open !== undefined && page !== open) grouped.push(group('end_group', ''));
		if (page !== undefined && page !== open) grouped.push(group('begin_group', nameOf(page)));
		open = page;
		grouped.push(row);
	}
	if (open !== undefined) grouped.push(group('end_group', ''));
	return grouped;
}

/**
 * When the interview started and ended, as the collecting app records them: an interview collected in KoboToolbox or
 * ODK and imported keeps its duration (the check of quick interviews, docs/standard.md §5.7).
 */
const METADATA_ROWS = ['start', 'end'] as const;

function writeMetadataRow(name: (typeof METADATA_ROWS)[number], languages: readonly SurveyLanguage[]): SurveyRow {
	const none = localise(languages, () => '');
	return {
		type: name,
		name,
		label: none,
		hint: none,
		required: false,
		relevant: '',
		constraint: '',
		constraintMessage: none,
		appearance: ''
	};
}

/** The survey's questions (the core module, then custom questions) and their answer lists, as an XLSForm holds them. */
export function listFormRows(survey: XlsFormSurvey): { rows: SurveyRow[]; choices: ChoiceRow[] } {
	const { languages, customQuestions } = survey;
	const groups = listRepeatCodes(customQuestions);
	const custom = customQuestions.map((question) => writeCustomRow(question, customQuestions, survey, groups));
	const rows = [...listCoreRows(survey), ...closeRepeats(custom, customQuestions, languages)];
	return {
		rows: survey.audio ? attachAudio(rows, survey.audio, languages) : rows,
		choices: [...listCoreChoices(survey), ...listCustomChoices(customQuestions, languages)]
	};
}

/**
 * The whole survey as an XLSForm that KoboToolbox and ODK Collect accept: the core module first, named by the
 * answer codes of docs/standard.md §2b, then the custom questions, in every language of the survey.
 * Throws a RangeError when the survey does not have 2 to 5 signature messages, as the core module does.
 */
export async function exportXlsForm(survey: XlsFormSurvey): Promise<Uint8Array> {
	const { languages } = survey;
	const { rows, choices } = listFormRows(survey);
	const times = METADATA_ROWS.map((name) => writeMetadataRow(name, languages));
	const grouped = groupPages(rows, survey.customQuestions, languages);
	const settings = {
		title: survey.title,
		formId: survey.formId,
		version: String(survey.version),
		defaultLanguage: languages[0] ?? 'en'
	};
	return writeWorkbook([...times, ...grouped], choices, settings, languages);
}
