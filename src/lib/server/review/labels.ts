import type { Kysely } from 'kysely';
import { findWords } from '$lib/survey/words';
import {
	CORE_TEXTS,
	findBatteryTextKeys,
	getItem,
	isCoreItemId,
	type CoreLanguage,
	type SurveyMode
} from '$lib/core-module';
import type { QuestionLabel } from '$lib/review/questions';
import type { CustomQuestion, LocalisedText } from '$lib/survey/custom-question';
import { listSurveyFields } from '$lib/survey/fields';
import type { Database } from '../db/schema';

/** What a published version froze of its campaign: the answers' labels read from it, as the respondent saw them. */
interface FrozenTexts {
	languages?: string[];
	regions?: { code: string; name: string }[];
	signatureMessages?: LocalisedText[];
	placeboMessage?: LocalisedText;
}

/** The texts of one survey version of the campaign: its custom questions and its frozen settings. */
export async function findVersionTexts(db: Kysely<Database>, campaignId: string, number: number) {
	return db
		.selectFrom('survey_versions')
		.select(['custom_questions', 'frozen_settings'])
		.where('campaign_id', '=', campaignId)
		.where('number', '=', number)
		.executeTakeFirst();
}

/**
 * Every question of a survey version, labelled in the reader's language: the core module's own translations,
 * and the campaign's texts (custom questions, messages) in that language when the campaign has it, else in its
 * first language.
 */
export async function labelSurveyVersion(
	db: Kysely<Database>,
	campaignId: string,
	number: number,
	language: CoreLanguage,
	mode: SurveyMode
): Promise<QuestionLabel[]> {
	const row = await findVersionTexts(db, campaignId, number);
	if (!row) return [];
	const frozen: FrozenTexts = JSON.parse(row.frozen_settings ?? '{}');
	const customQuestions: CustomQuestion[] = JSON.parse(row.custom_questions);
	return labelQuestions(frozen, customQuestions, language, mode);
}

export function labelQuestions(
	frozen: FrozenTexts,
	customQuestions: readonly CustomQuestion[],
	language: CoreLanguage,
	mode: SurveyMode
): QuestionLabel[] {
	const fallback = frozen.languages?.[0];
	const inLanguage = (text: LocalisedText = {}): LocalisedText => ({
		[language]: text[language]?.trim() || (fallback && text[fallback as CoreLanguage]) || Object.values(text)[0] || ''
	});
	const slots = {
		regions: frozen.regions ?? [],
		signatureMessages: (frozen.signatureMessages ?? []).map(inLanguage),
		placeboMessage: inLanguage(frozen.placeboMessage),
		organisation: ''
	};
	const questions = customQuestions.map((question) => ({
		...question,
		label: inLanguage(question.label),
		hint: {},
		options: question.options.map((option) => ({ ...option, label: inLanguage(option.label) }))
	}));
	const groupOf = new Map(customQuestions.map((question) => [question.code, question.repeat]));
	return listSurveyFields(findWords(language), slots, questions, mode)
		.filter((field) => field.control !== 'note')
		.map((field) => ({
			...(groupOf.get(field.id) !== undefined && { repeat: groupOf.get(field.id) }),
			code: field.id,
			text: field.text,
			battery: describeBattery(field.id, language),
			multiple: field.control === 'checkbox' || field.control === 'rank',
			options: field.options.map((option, index, all) => ({
				code: option.value,
				// A scale's ends say what its lowest and highest points mean.
				label:
					field.ends && index === 0
						? `${option.label} – ${field.ends.low}`
						: field.ends && option.value === all.findLast((o) => o.value !== 'dk')?.value
							? `${option.label} – ${field.ends.high}`
							: option.label
			}))
		}));
}

function describeBattery(code: string, language: CoreLanguage): string | null {
	if (!isCoreItemId(code)) return null;
	const keys = findBatteryTextKeys(getItem(code));
	return keys && CORE_TEXTS[language][keys.text];
}
