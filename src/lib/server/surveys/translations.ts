import type { CustomQuestion, LocalisedText, SurveyLanguage } from '$lib/survey/custom-question';

export interface MissingTranslation {
	/** Where the text is, e.g. `signatureMessages.1`, `questions.water_source.label`, `questions.water_source.options.well`. */
	path: string;
	language: SurveyLanguage;
}

interface Translatable {
	languages: SurveyLanguage[];
	signatureMessages: LocalisedText[];
	placeboMessage: LocalisedText;
}

/**
 * Every text a respondent may see that lacks a language of the campaign. A hint counts only where
 * some language has one; publishing is refused while this list is not empty.
 */
export function listMissingTranslations(campaign: Translatable, questions: CustomQuestion[]): MissingTranslation[] {
	const missing: MissingTranslation[] = [];
	const check = (path: string, text: LocalisedText, optional = false) => {
		if (optional && !Object.values(text).some((value) => value?.trim())) return;
		for (const language of campaign.languages) {
			if (!text[language]?.trim()) missing.push({ path, language });
		}
	};
	campaign.signatureMessages.forEach((message, index) => check(`signatureMessages.${index + 1}`, message));
	check('placeboMessage', campaign.placeboMessage);
	for (const question of questions) {
		check(`questions.${question.code}.label`, question.label);
		check(`questions.${question.code}.hint`, question.hint, true);
		for (const option of question.options) check(`questions.${question.code}.options.${option.code}`, option.label);
	}
	return missing;
}
