import { isCoreLanguage } from '$lib/core-module';
import type { CustomQuestion, LocalisedText, SurveyLanguage } from '$lib/survey/custom-question';
import { listAddedTextKeys, type AddedTexts } from '$lib/survey/words';

export interface MissingTranslation {
	/** Where the text is, e.g. `signatureMessages.1`, `questions.water_source.label`, `questions.water_source.options.well`. */
	path: string;
	language: SurveyLanguage;
}

/** One text a respondent may see that the campaign owns, as the translations page lists it. */
export type TranslatableText = { path: string; text: LocalisedText; optional: boolean } & (
	| { kind: 'signature'; n: number }
	| { kind: 'placebo' }
	| { kind: 'label' | 'hint' | 'constraintMessage' | 'requiredMessage'; question: string }
	| { kind: 'option'; question: string; option: string }
);

interface Translatable {
	languages: SurveyLanguage[];
	/** The campaign's translations of Mesure's texts into the languages it added. */
	addedTexts?: Readonly<Record<string, AddedTexts>>;
	signatureMessages: LocalisedText[];
	placeboMessage: LocalisedText;
}

/** Every text of the campaign and its custom questions, in the order a respondent meets them. */
export function listTranslatableTexts(
	campaign: Omit<Translatable, 'languages'>,
	questions: CustomQuestion[]
): TranslatableText[] {
	const texts: TranslatableText[] = campaign.signatureMessages.map((text, index) => ({
		path: `signatureMessages.${index + 1}`,
		text,
		optional: false,
		kind: 'signature',
		n: index + 1
	}));
	texts.push({ path: 'placeboMessage', text: campaign.placeboMessage, optional: false, kind: 'placebo' });
	for (const question of questions) {
		const base = `questions.${question.code}`;
		// A calculation is never shown: its label, if any, is for whoever reads the form.
		const optional = question.type === 'calculate';
		texts.push({ path: `${base}.label`, text: question.label, optional, kind: 'label', question: question.code });
		texts.push({ path: `${base}.hint`, text: question.hint, optional: true, kind: 'hint', question: question.code });
		for (const kind of ['constraintMessage', 'requiredMessage'] as const) {
			const text = question[kind];
			if (text) texts.push({ path: `${base}.${kind}`, text, optional: true, kind, question: question.code });
		}
		for (const option of question.options) {
			texts.push({
				path: `${base}.options.${option.code}`,
				text: option.label,
				optional: false,
				kind: 'option',
				question: question.code,
				option: option.code
			});
		}
	}
	return texts;
}

/**
 * Every text a respondent may see that lacks a language of the campaign. A hint or a message counts only where
 * some language has one; publishing is refused while this list is not empty.
 */
export function listMissingTranslations(campaign: Translatable, questions: CustomQuestion[]): MissingTranslation[] {
	const missing: MissingTranslation[] = [];
	for (const language of campaign.languages.filter((code) => !isCoreLanguage(code))) {
		const added = campaign.addedTexts?.[language] ?? {};
		for (const key of listAddedTextKeys()) if (!added[key]?.trim()) missing.push({ path: key, language });
	}
	for (const { path, text, optional } of listTranslatableTexts(campaign, questions)) {
		if (optional && !Object.values(text).some((value) => value?.trim())) continue;
		for (const language of campaign.languages) {
			if (!text[language]?.trim()) missing.push({ path, language });
		}
	}
	return missing;
}
