import type { SurveyLanguage } from '$lib/survey/custom-question';
import { localise, type SurveyRow } from './rows';
import type { XlsFormSurvey } from './types';

/**
 * Each recorded question's row names its recordings' files in the survey's languages (XLSForm's media column
 * `audio::Language (code)`); a collecting app plays them once the files are attached to the form as its media.
 */
export function attachAudio(
	rows: readonly SurveyRow[],
	audio: NonNullable<XlsFormSurvey['audio']>,
	languages: readonly SurveyLanguage[]
): SurveyRow[] {
	return rows.map((row) => {
		const files = Object.hasOwn(audio, row.name) ? audio[row.name] : undefined;
		return files && languages.some((language) => files[language])
			? { ...row, audio: localise(languages, (language) => files[language] ?? '') }
			: row;
	});
}
