import { isCoreLanguage } from '$lib/core-module';
import { findWords } from '$lib/survey/words';
import { describeProblem } from '$lib/survey/respondent-texts';
import { isMessageKey, translator } from '../i18n/catalogues';
import type { ImportProblem } from './csv-rows';

/**
 * A problem of an imported file said in the user's language: the file's own problems from the catalogue, the
 * answers' as the survey says them to respondents. Here rather than in http/, since the worker that writes the
 * left-out rows says them too.
 */
export function describeImportProblem(locale: string, problem: ImportProblem): string {
	const key = `imports.problem.${problem.code}`;
	if (isMessageKey(key)) return translator(locale)(key, { firstLine: problem.firstLine ?? '' });
	return describeProblem(findWords(isCoreLanguage(locale) ? locale : 'en'), problem.code, problem);
}
