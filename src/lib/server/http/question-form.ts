import { makeCode } from '$lib/survey/codes';
import type { MessageKey } from '$lib/i18n/types';
import {
	customQuestionSchema,
	SURVEY_LANGUAGES,
	type CustomQuestion,
	type LocalisedText,
	type SurveyLanguage
} from '$lib/survey/custom-question';
import type { QuestionFormValues } from '$lib/survey/types';
import { isMessageKey } from '../i18n/catalogues';

const CHOICE_TYPES = ['single', 'multiple', 'rank'];
const NUMBER_TYPES = ['integer', 'decimal'];

export function emptyQuestionForm(languages: readonly SurveyLanguage[]): QuestionFormValues {
	return {
		optionsLanguage: languages[0],
		code: '',
		type: 'single',
		required: false,
		label: {},
		hint: {},
		options: '',
		optionLabels: {},
		min: '',
		max: '',
		showIfQuestion: '',
		showIfOp: 'equals',
		showIfValue: '',
		...NO_EXPRESSIONS
	};
}

const NO_EXPRESSIONS = {
	relevant: '',
	constraint: '',
	constraintMessage: {},
	requiredIf: '',
	requiredMessage: {},
	calculation: '',
	choiceFilter: '',
	optionColumns: '',
	page: '',
	defaultAnswer: '',
	repeat: '',
	repeatCount: ''
} satisfies Partial<QuestionFormValues>;

/** Reads every survey language the form may hold: the page shows the campaign's. */
export function readQuestionForm(form: FormData): QuestionFormValues {
	const text = (name: string) => String(form.get(name) ?? '').trim();
	const perLanguage = (prefix: string) => Object.fromEntries(SURVEY_LANGUAGES.map((l) => [l, text(`${prefix}_${l}`)]));
	const optionsLanguage = SURVEY_LANGUAGES.find((l) => l === text('optionsLanguage')) ?? SURVEY_LANGUAGES[0];
	return {
		optionsLanguage,
		code: text('code'),
		type: text('type'),
		required: form.get('required') === 'on',
		label: perLanguage('label'),
		hint: perLanguage('hint'),
		options: String(form.get('options') ?? ''),
		optionLabels: Object.fromEntries(
			SURVEY_LANGUAGES.filter((l) => l !== optionsLanguage).map((l) => [l, String(form.get(`options_${l}`) ?? '')])
		),
		min: text('min'),
		max: text('max'),
		showIfQuestion: text('showIfQuestion'),
		showIfOp: text('showIfOp') || 'equals',
		showIfValue: text('showIfValue'),
		relevant: text('relevant'),
		constraint: text('constraint'),
		constraintMessage: perLanguage('constraintMessage'),
		requiredIf: text('requiredIf'),
		requiredMessage: perLanguage('requiredMessage'),
		calculation: text('calculation'),
		choiceFilter: text('choiceFilter'),
		optionColumns: text('optionColumns'),
		page: text('page'),
		defaultAnswer: text('defaultAnswer'),
		repeat: text('repeat'),
		repeatCount: text('repeatCount')
	};
}

/** The columns kept for each option code through an edit; anything unreadable counts as none. */
function readOptionColumns(text: string): Record<string, Record<string, string>> {
	try {
		const parsed: unknown = text ? JSON.parse(text) : {};
		return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
			? (parsed as Record<string, Record<string, string>>)
			: {};
	} catch {
		return {};
	}
}

/** The expressions and messages the form holds, each only when given. */
function expressionsFromForm(values: QuestionFormValues): Partial<CustomQuestion> {
	const given = (text: string) => (text === '' ? undefined : text);
	const message = (texts: Record<string, string>) => {
		const kept = localised(texts);
		return Object.keys(kept).length > 0 ? kept : undefined;
	};
	const constraint = given(values.constraint);
	const requiredIf = given(values.requiredIf);
	return Object.fromEntries(
		Object.entries({
			relevant: given(values.relevant),
			constraint,
			constraintMessage: constraint && message(values.constraintMessage),
			requiredIf,
			requiredMessage: message(values.requiredMessage),
			calculation: values.type === 'calculate' ? given(values.calculation) : undefined,
			choiceFilter: values.type === 'single' || values.type === 'multiple' ? given(values.choiceFilter) : undefined,
			page: given(values.page),
			defaultAnswer: given(values.defaultAnswer),
			repeat: given(values.repeat),
			repeatCount: values.type === 'repeat' ? given(values.repeatCount) : undefined
		}).filter(([, value]) => value !== undefined)
	);
}

export type QuestionFormResult =
	{ ok: true; question: CustomQuestion } | { ok: false; errors: Record<string, MessageKey> };

/** The form as a custom question, judged by the model's own schema; problems are named by form field. */
export function questionFromForm(values: QuestionFormValues): QuestionFormResult {
	const errors: Record<string, MessageKey> = {};
	const first = values.optionsLanguage;
	const isChoice = CHOICE_TYPES.includes(values.type);
	const isNumber = NUMBER_TYPES.includes(values.type);
	const lines = (text: string) => text.split('\n').map((line) => line.trim());
	const columns = readOptionColumns(values.optionColumns);
	const withColumns = (option: CustomQuestion['options'][number]) =>
		Object.hasOwn(columns, option.code) ? { ...option, columns: columns[option.code] } : option;
	const options = isChoice
		? lines(values.options)
				.filter(Boolean)
				.map((line, i) => {
					const match = /^([^=]*?)\s*=\s*(.*)$/.exec(line);
					if (match) return withColumns({ code: match[1], label: localised({ [first]: match[2] }) });
					return { code: makeCode(line) || `option_${i + 1}`, label: localised({ [first]: line }) };
				})
		: [];
	if (isChoice) {
		for (const [language, text] of Object.entries(values.optionLabels) as [SurveyLanguage, string][]) {
			const labels = lines(text);
			while (labels.length > 0 && !labels[labels.length - 1]) labels.pop();
			if (labels.length > options.length) errors[`options_${language}`] = 'errors.option_labels_count';
			labels.forEach((label, i) => {
				if (label && options[i]) options[i].label[language] = label;
			});
		}
	}
	const number = (name: 'min' | 'max') => {
		if (!isNumber || values[name] === '') return null;
		const parsed = Number(values[name].replace(',', '.'));
		if (!Number.isFinite(parsed)) errors[name] = 'errors.number_invalid';
		return parsed;
	};
	const input = {
		code: values.code,
		type: values.type,
		label: localised(values.label),
		hint: localised(values.hint),
		required: values.type !== 'note' && values.type !== 'calculate' && values.required,
		options,
		min: number('min'),
		max: number('max'),
		showIf: showIfFromForm(values, errors),
		...expressionsFromForm(values)
	};
	const parsed = customQuestionSchema.safeParse(input);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const field = formFieldOf(issue.path.map(String), first);
			if (!(field in errors)) errors[field] = isMessageKey(issue.message) ? issue.message : 'errors.invalid';
		}
	}
	if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, question: parsed.data };
}

function showIfFromForm(values: QuestionFormValues, errors: Record<string, MessageKey>): CustomQuestion['showIf'] {
	if (!values.showIfQuestion) return null;
	const op = values.showIfOp as NonNullable<CustomQuestion['showIf']>['op'];
	if (!values.showIfValue) {
		errors.showIfValue = 'errors.show_if_value_required';
		return null;
	}
	if (op === 'one_of')
		return {
			question: values.showIfQuestion,
			op,
			value: values.showIfValue
				.split(',')
				.map((v) => v.trim())
				.filter(Boolean)
		};
	if (op === 'greater_than' || op === 'less_than') {
		const value = Number(values.showIfValue.replace(',', '.'));
		if (!Number.isFinite(value)) errors.showIfValue = 'errors.number_invalid';
		return { question: values.showIfQuestion, op, value };
	}
	return { question: values.showIfQuestion, op, value: values.showIfValue };
}

/** A path in the question (`label.fr`, `options.2.label.ar`, `showIf.question`) → the form field that holds it. */
export function formFieldOf(path: string[], first: string): string {
	const [head, second, third, language] = path;
	if ((head === 'label' || head === 'hint' || head === 'constraintMessage' || head === 'requiredMessage') && second)
		return `${head}_${second}`;
	if (head === 'options')
		return third === 'label' && language && language !== first ? `options_${language}` : 'options';
	if (head === 'showIf') return second === 'value' ? 'showIfValue' : second === 'op' ? 'showIfOp' : 'showIfQuestion';
	return head ?? 'form';
}

function localised(texts: Record<string, string>): LocalisedText {
	return Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== '')) as LocalisedText;
}

/** A stored question as the form shows it for editing. */
export function questionToForm(question: CustomQuestion, languages: readonly SurveyLanguage[]): QuestionFormValues {
	const [first, ...others] = languages;
	const value = question.showIf?.value;
	return {
		optionsLanguage: first,
		code: question.code,
		type: question.type,
		required: question.required,
		label: { ...question.label } as Record<string, string>,
		hint: { ...question.hint } as Record<string, string>,
		options: question.options.map((o) => `${o.code} = ${o.label[first] ?? ''}`).join('\n'),
		optionLabels: Object.fromEntries(others.map((l) => [l, question.options.map((o) => o.label[l] ?? '').join('\n')])),
		min: question.min?.toString() ?? '',
		max: question.max?.toString() ?? '',
		showIfQuestion: question.showIf?.question ?? '',
		showIfOp: question.showIf?.op ?? 'equals',
		showIfValue: Array.isArray(value) ? value.join(', ') : (value?.toString() ?? ''),
		relevant: question.relevant ?? '',
		constraint: question.constraint ?? '',
		constraintMessage: { ...question.constraintMessage } as Record<string, string>,
		requiredIf: question.requiredIf ?? '',
		requiredMessage: { ...question.requiredMessage } as Record<string, string>,
		calculation: question.calculation ?? '',
		choiceFilter: question.choiceFilter ?? '',
		page: question.page ?? '',
		defaultAnswer: question.defaultAnswer ?? '',
		repeat: question.repeat ?? '',
		repeatCount: question.repeatCount ?? '',
		optionColumns: JSON.stringify(
			Object.fromEntries(question.options.flatMap((o) => (o.columns ? [[o.code, o.columns]] : [])))
		)
	};
}
