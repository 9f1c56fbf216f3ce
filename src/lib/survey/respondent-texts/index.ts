import { fillText, isCoreTextKey, type CoreLanguage } from '../../core-module';
import type { Words } from '../words';
import { texts as ar } from './ar';
import { texts as en } from './en';
import { texts as es } from './es';
import { texts as fr } from './fr';
import { texts as pt } from './pt';

export type RespondentTextKey = keyof typeof en;
export type RespondentTexts = Record<RespondentTextKey, string>;

/** English gives every key; each other language must give exactly the same ones (the types say so). */
export const RESPONDENT_TEXTS: Readonly<Record<CoreLanguage, RespondentTexts>> = { en, fr, pt, es, ar };

/** A text of the respondent's pages, in the respondent's language, with `{name}` placeholders filled. */
export function say(words: Words, key: RespondentTextKey, params: Record<string, string | number> = {}): string {
	return fillText(words.respondent[key], params);
}

/**
 * What a problem with an answer means, for the respondent: the core module's words for its own problem
 * codes, these pages' words for the others (custom questions' numbers, dates and texts).
 */
export function describeProblem(
	words: Words,
	code: string,
	bounds: { min: number | null; max: number | null } = { min: null, max: null }
): string {
	if (code === 'out_of_range' && (bounds.min === null || bounds.max === null)) {
		return bounds.min === null
			? say(words, 'problem.at_most', { max: bounds.max ?? '' })
			: say(words, 'problem.at_least', { min: bounds.min });
	}
	const params = { min: bounds.min ?? '', max: bounds.max ?? '' };
	const key = `problem.${code}`;
	if (isCoreTextKey(key)) return fillText(words.core[key], params);
	if (key in en) return say(words, key as RespondentTextKey, params);
	return fillText(words.core['problem.not_an_option'], params);
}
