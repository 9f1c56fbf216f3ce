import { z } from 'zod';
import { CORE_LANGUAGES, isCoreItemId, type CoreLanguage } from '../core-module';

/** The languages a survey can be offered in: those the core module is translated into. */
export const SURVEY_LANGUAGES = CORE_LANGUAGES;
export type SurveyLanguage = CoreLanguage;

/** A text in some languages; publishing needs every language of the campaign. */
export type LocalisedText = Partial<Record<SurveyLanguage, string>>;

export const CUSTOM_QUESTION_TYPES = [
	'single',
	'multiple',
	'yes_no',
	'scale_5',
	'integer',
	'decimal',
	'text',
	'long_text',
	'date',
	'note'
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
	/** For `single` and `multiple`. */
	options: { code: string; label: LocalisedText }[];
	/** For `integer` and `decimal`. */
	min: number | null;
	max: number | null;
	showIf: ShowIf | null;
}

export const QUESTION_CODE = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * Codes a question may not take: XLSForm keeps `meta` for its metadata group (a question of that name breaks
 * the export), and the others name the columns of response files (ours, KoboToolbox's, ODK's), which an
 * import must not confuse with an answer.
 */
export const RESERVED_QUESTION_CODES: ReadonlySet<string> = new Set([
	'meta',
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

const localisedText = z.partialRecord(
	z.enum(SURVEY_LANGUAGES, { error: 'errors.language_unsupported' }),
	z.string().trim().max(2000, { error: 'errors.description_too_long' })
);

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
					label: localisedText
				})
			)
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
			.default(null)
	})
	.superRefine((question, context) => {
		const hasOptions = question.type === 'single' || question.type === 'multiple';
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
	});

/** Custom questions as a list: codes unique, and a show-if rule looks at a core item or an earlier question. */
export const customQuestionListSchema = z.array(customQuestionSchema).superRefine((questions, context) => {
	const seen = new Set<string>();
	questions.forEach((question, index) => {
		if (seen.has(question.code))
			context.addIssue({ code: 'custom', path: [index, 'code'], message: 'errors.question_code_taken' });
		if (question.showIf && !seen.has(question.showIf.question) && !isCoreItemId(question.showIf.question)) {
			context.addIssue({ code: 'custom', path: [index, 'showIf'], message: 'errors.show_if_unknown' });
		}
		seen.add(question.code);
	});
});
