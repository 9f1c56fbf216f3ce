import { isCoreLanguage, type CoreLanguage } from '$lib/core-module';
import { findWords } from '$lib/survey/words';
import type { CustomQuestion } from '$lib/survey/custom-question';
import { listSurveyFields } from '$lib/survey/fields';
import type { Campaign } from '../campaigns/campaign';

/** A question that can be recorded, as the recordings page lists it. */
export interface RecordableQuestion {
	/** A core module item's id or a custom question's code. */
	code: string;
	/** Its text in the language chosen, cut short: enough to know which question it is. */
	text: string;
}

const SHOWN_CHARACTERS = 160;

/**
 * The questions respondents hear, in the order they meet them: the core module's items (those the campaign asks)
 * and the custom questions, the draft's first, then any only the published version still has. A calculation,
 * never shown, has nothing to hear. A repeat group's member is recorded once, under its own code.
 */
export function listRecordableQuestions(
	campaign: Campaign,
	organisation: string,
	surveys: { draft: CustomQuestion[]; published: CustomQuestion[] | null },
	language: CoreLanguage
): RecordableQuestion[] {
	const drafted = new Set(surveys.draft.map((question) => question.code));
	const questions = [...surveys.draft, ...(surveys.published ?? []).filter((question) => !drafted.has(question.code))];
	const slots = {
		regions: campaign.regions,
		signatureMessages: campaign.signatureMessages,
		placeboMessage: campaign.placeboMessage,
		organisation
	};
	return listSurveyFields(findWords(language), slots, questions)
		.filter((field) => field.control !== 'calculate')
		.map((field) => ({ code: field.id, text: shorten(field.text || field.intro || field.id) }));
}

/** The questions' texts are shown in the reader's language when the campaign has it, else its first. */
export function chooseTextLanguage(languages: readonly string[], preferred: string): CoreLanguage {
	if (isCoreLanguage(preferred) && languages.includes(preferred)) return preferred;
	return languages.find(isCoreLanguage) ?? 'en';
}

function shorten(text: string): string {
	return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS - 1).trimEnd()}…` : text;
}
