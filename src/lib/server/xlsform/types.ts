import type { AddedTexts } from '$lib/survey/words';
import type { SurveyMode } from '$lib/core-module';
import type { CustomQuestion, LocalisedText, SurveyLanguage } from '$lib/survey/custom-question';

export type SheetName = 'survey' | 'choices' | 'settings';

export const IMPORT_PROBLEM_REASONS = [
	'unsupported_type',
	'refused_identifying',
	'unsupported_relevant',
	'unsupported_constraint',
	'unsupported_required',
	'unsupported_calculation',
	'unsupported_choice_filter',
	'unsupported_default',
	'unsupported_column',
	'unsupported_language',
	'unsupported_repeat',
	'unsupported_repeat_count',
	'nested_repeat',
	'empty_repeat',
	'repeat_reference',
	'unsupported_reference',
	'missing_label',
	'inside_repeat',
	'unbalanced_group',
	'metadata_skipped',
	'core_item',
	'missing_type',
	'invalid_name',
	'duplicate_name',
	'missing_choices',
	'invalid_question',
	'too_many_choices',
	'too_many_questions',
	'too_much_work'
] as const;
export type ImportProblemReason = (typeof IMPORT_PROBLEM_REASONS)[number];

/** One thing of the file that was left out or changed; `row` is the row number the spreadsheet shows. */
export interface ImportProblem {
	sheet: SheetName;
	row: number;
	column?: string;
	reason: ImportProblemReason;
	/** In English, for people; callers translate `reason`. */
	detail: string;
}

export type ImportError = 'not_a_workbook' | 'too_large_unpacked' | 'no_survey_sheet' | 'empty_survey';
/** A cell that is not read at all, so that the whole file is refused, naming it. */
export type ImportRefusal = 'expression_too_long' | 'expression_too_deep';

export type ImportResult =
	| {
			ok: true;
			/** Valid as they are per customQuestionListSchema. */
			questions: CustomQuestion[];
			problems: ImportProblem[];
			title?: string;
			formId?: string;
	  }
	| { ok: false; error: ImportError }
	| { ok: false; error: ImportRefusal; sheet: SheetName; row: number; column: string };

export interface ImportOptions {
	/** The campaign's languages; the first takes an unmarked `label` when the form names no default language. */
	languages: SurveyLanguage[];
}

export interface XlsFormSurvey {
	title: string;
	formId: string;
	version: string | number;
	/** The first is the form's default language. */
	languages: SurveyLanguage[];
	/** The campaign's translations of Mesure's texts into the languages it added. */
	addedTexts?: Readonly<Record<string, AddedTexts>>;
	/** D3's answers. */
	regions: { code: string; name: string }[];
	/** 2 to 5, in the campaign's order: E3_1 … E3_5. */
	signatureMessages: LocalisedText[];
	placeboMessage: LocalisedText;
	mode?: SurveyMode;
	/** Fills C0's introduction; the title stands in without it. */
	organisation?: string;
	customQuestions: CustomQuestion[];
	/** The file name of each question's recording (by its code), per language: XLSForm's `audio::Language (code)`. */
	audio?: Record<string, Partial<Record<SurveyLanguage, string>>>;
}
