import { fail, type ActionFailure } from '@sveltejs/kit';
import { SURVEY_LANGUAGES, type LocalisedText, type SurveyLanguage } from '$lib/survey/custom-question';
import { asDomainError } from '../errors';
import { readForm, type FormValues } from './form';
import { localiseMessage } from './messages';
import type { TextEdits } from '../surveys/translation-editor';

export interface TranslationsFormFailure {
	errors: Record<string, string>;
	values: FormValues;
}

/** A field of the translations form: the text's path and the language, `questions.water.label:fr`. */
export function translationFieldName(path: string, language: string): string {
	return `${path}:${language}`;
}

export function textEditsFromForm(values: FormValues): TextEdits {
	const edits: TextEdits = {};
	for (const [name, value] of Object.entries(values)) {
		const match = /^(.+):([a-z]{2})$/.exec(name);
		if (!match || !(SURVEY_LANGUAGES as readonly string[]).includes(match[2])) continue;
		const text: LocalisedText = (edits[match[1]] ??= {});
		text[match[2] as SurveyLanguage] = value;
	}
	return edits;
}

/** Saves the translations form; a refused text answers 400 with its message under the text's path, and what was typed. */
export async function submitTranslationsForm<T>(
	request: Request,
	locale: string,
	save: (edits: TextEdits) => Promise<T>
): Promise<{ ok: true; value: T } | { ok: false; failure: ActionFailure<TranslationsFormFailure> }> {
	const values = await readForm(request);
	try {
		return { ok: true, value: await save(textEditsFromForm(values)) };
	} catch (caught) {
		// The database out of reach is said on the form too, what was typed kept.
		const error = asDomainError(caught);
		if (!error) throw caught;
		const status = error.code === 'invalid' ? 400 : error.status;
		const message = localiseMessage(locale, error.messageKey, error.params);
		return { ok: false, failure: fail(status, { errors: { [error.field ?? 'form']: message }, values }) };
	}
}
