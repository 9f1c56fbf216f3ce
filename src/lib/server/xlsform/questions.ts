import {
	MOST_OPTIONS,
	QUESTION_CODE,
	type CustomQuestion,
	type CustomQuestionType,
	type SurveyLanguage
} from '$lib/survey/custom-question';
import { measureExpressionWork, MOST_EXPRESSION_WORK } from '$lib/survey/question-list';
import type { Option } from './choices';
import { report, type Context } from './context';
import { claimCode, CORE_CODES, keepQuestion, roomForQuestion } from './question-codes';
import { LONG_TEXT_APPEARANCE, SCALE_5_CODES, SCALE_5_LIST, YES_NO_LIST } from './conventions';
import {
	copyOption,
	readCalculation,
	readChoiceFilter,
	readConstraint,
	readDefault,
	readMessage,
	readRange,
	readRequired
} from './question-columns';
import type { ParsedType } from './question-types';
import { localise } from './rows';
import type { SheetRow } from './workbook';

type QuestionType = Extract<ParsedType, { kind: 'question' | 'select' }>;

/** Columns whose behaviour a custom question cannot keep. */
const IGNORED_COLUMNS = ['read_only', 'trigger'];

/**
 * Choices copied into the imported questions, in all: a list is copied into each question that uses it, so a long
 * list used by many rows would multiply. Far above any form (the questions must also fit in the page that confirms them).
 */
export const MOST_IMPORTED_CHOICES = 20_000;

const OTHER_OPTION: Record<SurveyLanguage, string> = { en: 'Other', fr: 'Autre', pt: 'Outro', es: 'Otro', ar: 'أخرى' };
const OTHER_QUESTION: Record<SurveyLanguage, string> = {
	en: 'Please specify',
	fr: 'Veuillez préciser',
	pt: 'Por favor, especifique',
	es: 'Por favor, especifique',
	ar: 'يرجى التحديد'
};

function readOptions(
	context: Context,
	row: SheetRow,
	type: Extract<QuestionType, { kind: 'select' }>
): Option[] | null {
	const options = type.list ? context.lists.find(type.list) : null;
	if (options && options.length >= 2) return options;
	const detail = !type.list
		? 'the type names no choice list'
		: options
			? `the list “${type.list}” has fewer than 2 choices`
			: `the list “${type.list}” is not in the choices sheet`;
	report(context, row.number, 'missing_choices', `${detail}: the question is left out`, 'type');
	return null;
}

function takeChoices(context: Context, row: SheetRow, count: number): boolean {
	// A question of more options than one may have is refused without spending what the others may take.
	if (count > MOST_OPTIONS) {
		const detail = `its ${count} choices are more than a question offers (${MOST_OPTIONS} at most): the question is left out`;
		report(context, row.number, 'too_many_choices', detail, 'type');
		return false;
	}
	if (context.choicesTaken + count <= MOST_IMPORTED_CHOICES) {
		context.choicesTaken += count;
		return true;
	}
	const detail = `its ${count} choices would bring those of the questions imported to more than ${MOST_IMPORTED_CHOICES}: the question is left out`;
	report(context, row.number, 'too_many_choices', detail, 'type');
	return false;
}

function hasCodes(options: readonly Option[], codes: readonly string[]): boolean {
	return options.length === codes.length && options.every((option, index) => option.code === codes[index]);
}

function decideType(row: SheetRow, type: QuestionType, options: readonly Option[]): CustomQuestionType {
	if (type.kind === 'question') {
		const appearance = row.cells.get('appearance')?.toLowerCase().split(/\s+/) ?? [];
		if (type.type === 'range') return Object.values(readRange(row)).every(Number.isInteger) ? 'integer' : 'decimal';
		return type.type === 'text' && appearance.includes(LONG_TEXT_APPEARANCE) ? 'long_text' : type.type;
	}
	if (type.rank) return 'rank';
	if (type.multiple || type.other) return type.multiple ? 'multiple' : 'single';
	if (type.list === YES_NO_LIST && hasCodes(options, ['yes', 'no'])) return 'yes_no';
	if (type.list === SCALE_5_LIST && hasCodes(options, SCALE_5_CODES)) return 'scale_5';
	return 'single';
}

/** Reads a question row (reporting what it leaves out) and, for `… or specify other`, adds the text question for "other". */
export function readQuestion(
	context: Context,
	row: SheetRow,
	typeText: string,
	type: QuestionType,
	readConditions: () => Pick<CustomQuestion, 'showIf' | 'relevant' | 'page'>
): void {
	const name = row.cells.get('name') ?? '';
	const code = claimCode(context, row, name, typeText);
	if (code === null) return;
	const options = type.kind === 'select' ? readOptions(context, row, type) : [];
	if (options === null) return;
	const questionType = decideType(row, type, options);
	const copied = questionType === 'single' || questionType === 'multiple' || questionType === 'rank' ? options : [];
	if (!takeChoices(context, row, copied.length)) return;
	for (const column of IGNORED_COLUMNS) {
		if (!row.cells.has(column)) continue;
		report(
			context,
			row.number,
			'unsupported_column',
			`${column} is not taken: the question is imported without it`,
			column
		);
	}
	const label = context.readText(row, 'label');
	const languages = [...new Set([...context.languages, ...(Object.keys(label) as SurveyLanguage[])])];
	const other = type.kind === 'select' && type.other && !options.some((option) => option.code === 'other');
	const calculation = questionType === 'calculate' ? readCalculation(context, row) : undefined;
	if (calculation === null) return;
	const required = readRequired(context, row);
	const requiredMessage = readMessage(context, row, 'required_message');
	const question: CustomQuestion = {
		code,
		type: questionType,
		label,
		hint: context.readText(row, 'hint'),
		required: required.required && questionType !== 'note' && questionType !== 'calculate',
		...readChoiceFilter(context, row, questionType, copied),
		...readConstraint(context, row, questionType, code),
		...readConditions(),
		...(required.requiredIf !== undefined && questionType !== 'note' && { requiredIf: required.requiredIf }),
		...(requiredMessage && { requiredMessage }),
		...(calculation !== undefined && { calculation })
	};
	if (other) question.options.push({ code: 'other', label: localise(languages, (language) => OTHER_OPTION[language]) });
	Object.assign(question, readDefault(context, row, question));
	if (!roomForQuestion(context, row.number)) return;
	const work = measureExpressionWork(question);
	if (work > context.workLeft) {
		const detail = `its expressions would bring the survey's past what may run for each response (${MOST_EXPRESSION_WORK} characters, a choice filter counted once an option): left out`;
		report(context, row.number, 'too_much_work', detail, 'type');
		return;
	}
	context.workLeft -= work;
	keepQuestion(context, question, row.number, name);
	if (type.kind === 'select' && type.other) addOtherQuestion(context, row, name, code, languages);
}

/** pyxform names it `<name>_other` and shows it when "other" is chosen; so do we. */
function addOtherQuestion(
	context: Context,
	row: SheetRow,
	name: string,
	code: string,
	languages: readonly SurveyLanguage[]
): void {
	const otherCode = `${code}_other`;
	if (!QUESTION_CODE.test(otherCode) || context.taken.has(otherCode) || CORE_CODES.has(otherCode)) {
		const detail = `the question for “other” answers would be named ${otherCode}, which is too long or taken: it is left out`;
		report(context, row.number, 'duplicate_name', detail, 'name');
		return;
	}
	if (!roomForQuestion(context, row.number)) return;
	context.taken.add(otherCode);
	const question: CustomQuestion = {
		code: otherCode,
		type: 'text',
		label: localise(languages, (language) => OTHER_QUESTION[language]),
		hint: {},
		required: false,
		options: [],
		min: null,
		max: null,
		showIf: { question: code, op: 'equals', value: 'other' }
	};
	keepQuestion(context, question, row.number, `${name}_other`);
}
