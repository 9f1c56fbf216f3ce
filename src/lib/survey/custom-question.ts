import { z } from 'zod';
import { CORE_LANGUAGES, isCoreItemId, type CoreLanguage } from '../core-module';
import { checkExpression, MOST_EXPRESSION_LENGTH } from './client/expressions.js';
import { fitsDefault } from './default-answers';

/** The languages Mesure gives every text of a survey in; a campaign may add others (BCP 47 codes) and translate them itself. */
export const SURVEY_LANGUAGES = CORE_LANGUAGES;
/** A BCP 47 code: one of SURVEY_LANGUAGES, or one a campaign added. */
export type SurveyLanguage = string;

/** A text in some languages; publishing needs every language of the campaign. */
export type LocalisedText = Partial<Record<SurveyLanguage, string>>;

export const CUSTOM_QUESTION_TYPES = [
	'single',
	'multiple',
	'rank',
	'yes_no',
	'scale_5',
	'integer',
	'decimal',
	'text',
	'long_text',
	'date',
	'time',
	'datetime',
	'acknowledge',
	'note',
	'calculate',
	'repeat'
] as const;
export type CustomQuestionType = (typeof CUSTOM_QUESTION_TYPES)[number];

export const SHOW_IF_OPERATORS = ['equals', 'one_of', 'greater_than', 'less_than'] as const;

/** Shown only when another question's answer equals / is one of / is greater or less than a value. */
export interface ShowIf {
	question: string;
	op: (typeof SHOW_IF_OPERATORS)[number];
	value: string | number | string[];
}

export interface CustomQuestion {
	/** The answer's code in data and exports: unique in the survey, `[a-z][a-z0-9_]*`. */
	code: string;
	type: CustomQuestionType;
	label: LocalisedText;
	hint: LocalisedText;
	required: boolean;
	/** For `single`, `multiple` and `rank`. */
	options: { code: string; label: LocalisedText; columns?: OptionColumns }[];
	/** For `integer` and `decimal`. */
	min: number | null;
	max: number | null;
	showIf: ShowIf | null;
	/** XLSForm's `relevant`: asked only when it holds too (`${code}` names a core item or an earlier question). */
	relevant?: string;
	/** XLSForm's `constraint`: `.` is the answer; an answer for which it does not hold is refused with `constraintMessage`. */
	constraint?: string;
	constraintMessage?: LocalisedText;
	/** XLSForm's `required` as a condition: the answer is needed when it holds (`required` is then false). */
	requiredIf?: string;
	requiredMessage?: LocalisedText;
	/** For `calculate`: the expression whose value the response keeps (never shown, never typed). */
	calculation?: string;
	/** For `single` and `multiple`: an option is offered when it holds, its columns read by their bare names (`name` its code). */
	choiceFilter?: string;
	/** Questions that follow each other with the same page share one page, however many (XLSForm's `field-list` group). */
	page?: string;
	/**
	 * XLSForm's `default`: the answer a new interview starts with, as XLSForm writes it (codes apart by spaces for
	 * several). The respondent may change or clear it; what is sent is the answer.
	 */
	defaultAnswer?: string;
	/**
	 * A member of a repeat group: the code of its `repeat` question, which it follows in the list with the group's
	 * other members. Each instance of the group asks the members again (see repeats.ts).
	 */
	repeat?: string;
	/** For `repeat`: XLSForm's `repeat_count`, the number of instances; without it the respondent says how many. */
	repeatCount?: string;
}

/** A choice's columns beyond its code and label, as a choice filter reads them (`country` in `country = ${country}`). */
export type OptionColumns = Record<string, string>;

export const QUESTION_CODE = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * Instances of a repeat group at most in one response: more than the people of any household roster, and what keeps
 * a response's checks, and a page that holds them all, bounded.
 */
export const MOST_INSTANCES = 30;

/**
 * Codes a question may not take: XLSForm keeps `meta` for its metadata group (a question of that name breaks
 * the export), `constructor` is a name every JavaScript object answers to (an answer would seem given when it is
 * not), and the others name the columns of response files (ours, KoboToolbox's, ODK's), which an import must not
 * confuse with an answer.
 */
export const RESERVED_QUESTION_CODES: ReadonlySet<string> = new Set([
	'meta',
	'constructor',
	'client_id',
	'language',
	'started_at',
	'submitted_at',
	'review_state',
	'survey_version',
	'wave',
	'group',
	'mode',
	'start',
	'end',
	'today',
	'deviceid',
	'instanceid'
]);

/** The shape of a BCP 47 code (`fr`, `wo`, `ff-Adlm`); the campaign checks its languages against the registry. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;

const localisedText = z.partialRecord(
	z.string().regex(LANGUAGE_CODE, { error: 'errors.language_unsupported' }),
	z.string().trim().max(2000, { error: 'errors.description_too_long' })
);

/** An expression a question runs; blank is none. Its references are checked with the whole list. */
function expressionSchema(allow: { columns?: boolean } = {}) {
	return z
		.string({ error: 'errors.expression_invalid' })
		.trim()
		.max(MOST_EXPRESSION_LENGTH, { error: 'errors.expression_invalid' })
		.refine((text) => text === '' || checkExpression(text, allow).ok, { error: 'errors.expression_invalid' })
		.optional()
		.transform((text) => (text === '' ? undefined : text));
}

const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
/** Options of one question at most: more than any list a respondent could read. */
export const MOST_OPTIONS = 5000;
const PAGE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

/** The columns of XLSForm's choices sheet that say what a choice is: an option's own columns take other names. */
export const CHOICE_SHEET_COLUMN = /^(list_name|name|label|image|audio|video|media|big-image)(\b|:|$)/;

const optionColumns = z
	.record(
		z.string().regex(COLUMN_NAME, { error: 'errors.option_column_invalid' }),
		z.string().max(200, { error: 'errors.option_column_invalid' })
	)
	.refine((columns) => Object.keys(columns).length <= 20, { error: 'errors.option_column_invalid' })
	.refine((columns) => !Object.keys(columns).some((name) => CHOICE_SHEET_COLUMN.test(name)), {
		error: 'errors.option_column_invalid'
	})
	.optional();

export const customQuestionSchema = z
	.object({
		code: z
			.string({ error: 'errors.question_code_invalid' })
			.regex(QUESTION_CODE, { error: 'errors.question_code_invalid' })
			.refine((code) => !RESERVED_QUESTION_CODES.has(code), { error: 'errors.question_code_reserved' }),
		type: z.enum(CUSTOM_QUESTION_TYPES, { error: 'errors.question_type_invalid' }),
		label: localisedText,
		hint: localisedText.default({}),
		required: z.boolean({ error: 'errors.invalid' }).default(false),
		options: z
			.array(
				z.object({
					code: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, { error: 'errors.option_code_invalid' }),
					label: localisedText,
					columns: optionColumns
				})
			)
			.max(MOST_OPTIONS, { error: 'errors.too_many_options' })
			.default([]),
		min: z.number({ error: 'errors.invalid' }).nullable().default(null),
		max: z.number({ error: 'errors.invalid' }).nullable().default(null),
		showIf: z
			.object({
				question: z
					.string()
					.refine((code) => QUESTION_CODE.test(code) || isCoreItemId(code), { error: 'errors.show_if_unknown' }),
				op: z.enum(SHOW_IF_OPERATORS, { error: 'errors.invalid' }),
				value: z.union([z.string(), z.number(), z.array(z.string())], { error: 'errors.invalid' })
			})
			.nullable()
			.default(null),
		relevant: expressionSchema(),
		constraint: expressionSchema(),
		constraintMessage: localisedText.optional(),
		requiredIf: expressionSchema(),
		requiredMessage: localisedText.optional(),
		calculation: expressionSchema(),
		choiceFilter: expressionSchema({ columns: true }),
		page: z
			.string({ error: 'errors.page_invalid' })
			.trim()
			.regex(PAGE_NAME, { error: 'errors.page_invalid' })
			.optional()
			.or(z.literal('').transform(() => undefined)),
		defaultAnswer: z
			.string({ error: 'errors.default_answer_invalid' })
			.trim()
			.max(500, { error: 'errors.default_answer_invalid' })
			.optional()
			.transform((text) => (text === '' ? undefined : text)),
		repeat: z
			.string({ error: 'errors.repeat_unknown' })
			.regex(QUESTION_CODE, { error: 'errors.repeat_unknown' })
			.optional()
			.or(z.literal('').transform(() => undefined)),
		repeatCount: expressionSchema()
	})
	.superRefine((question, context) => {
		if ((question.type === 'calculate') !== (question.calculation !== undefined)) {
			context.addIssue({ code: 'custom', path: ['calculation'], message: 'errors.calculation_misplaced' });
		}
		if (question.repeatCount !== undefined && question.type !== 'repeat') {
			context.addIssue({ code: 'custom', path: ['repeatCount'], message: 'errors.repeat_count_misplaced' });
		}
		if (question.type === 'repeat' && question.repeat !== undefined) {
			context.addIssue({ code: 'custom', path: ['repeat'], message: 'errors.repeat_nested' });
		}
		if (question.choiceFilter !== undefined && question.type !== 'single' && question.type !== 'multiple') {
			context.addIssue({ code: 'custom', path: ['choiceFilter'], message: 'errors.choice_filter_misplaced' });
		}
		const hasOptions = question.type === 'single' || question.type === 'multiple' || question.type === 'rank';
		if (hasOptions && question.options.length < 2) {
			context.addIssue({ code: 'custom', path: ['options'], message: 'errors.options_required' });
		}
		if (!hasOptions && question.options.length > 0) {
			context.addIssue({ code: 'custom', path: ['options'], message: 'errors.options_not_allowed' });
		}
		if (new Set(question.options.map((o) => o.code)).size !== question.options.length) {
			context.addIssue({ code: 'custom', path: ['options'], message: 'errors.duplicates' });
		}
		if (question.min !== null && question.max !== null && question.min > question.max) {
			context.addIssue({ code: 'custom', path: ['max'], message: 'errors.min_above_max' });
		}
		if (question.showIf?.question === question.code) {
			context.addIssue({ code: 'custom', path: ['showIf'], message: 'errors.show_if_self' });
		}
		if (question.defaultAnswer !== undefined && !fitsDefault(question, question.defaultAnswer)) {
			context.addIssue({ code: 'custom', path: ['defaultAnswer'], message: 'errors.default_answer_invalid' });
		}
	});
