import { describe, expect, it } from 'vitest';
import { CORE_LANGUAGES, PROBLEM_CODES } from '$lib/core-module';
import { CUSTOM_PROBLEM_CODES } from '$lib/survey/custom-answers';
import { describeProblem, RESPONDENT_TEXTS, say } from '$lib/survey/respondent-texts';
import { findWords } from '$lib/survey/words';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = RESPONDENT_TEXTS.en;

describe('respondent texts', () => {
	it.each(CORE_LANGUAGES.map((language) => [language]))(
		'%s gives every text, with the same placeholders as English',
		(language) => {
			const texts = RESPONDENT_TEXTS[language];
			expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
			for (const [key, text] of Object.entries(english)) {
				const translated = texts[key as keyof typeof english];
				expect(translated.trim(), `${language} ${key}`).not.toBe('');
				expect(placeholders(translated), `${language} ${key}`).toEqual(placeholders(text));
				if (language !== 'en' && !/^(nav\.next|ended\.title|thanks\.title|answer\.acknowledge)$/.test(key)) {
					expect(translated, `${language} ${key} is still English`).not.toBe(text);
				}
			}
		}
	);

	it.each(CORE_LANGUAGES.map((language) => [language]))(
		'%s says every problem of an answer, with its numbers filled in',
		(language) => {
			for (const code of new Set([...PROBLEM_CODES, ...CUSTOM_PROBLEM_CODES])) {
				for (const bounds of [
					{ min: 1, max: 5 },
					{ min: 1, max: null },
					{ min: null, max: 5 }
				]) {
					const message = describeProblem(findWords(language), code, bounds);
					expect(message.trim(), `${language} ${code}`).not.toBe('');
					expect(message, `${language} ${code}`).not.toMatch(/\{\w+\}/);
				}
			}
		}
	);

	it('fills placeholders and keeps an unknown one visible', () => {
		expect(say(findWords('fr'), 'survey.progress', { page: 2, pages: 9 })).toBe('Page 2 sur 9');
		expect(say(findWords('en'), 'survey.progress', { page: 2 })).toBe('Page 2 of {pages}');
	});

	it('says a range with one bound only in words that fit it', () => {
		expect(describeProblem(findWords('en'), 'out_of_range', { min: 3, max: null })).toBe(
			'Please write a number of at least 3.'
		);
		expect(describeProblem(findWords('fr'), 'out_of_range', { min: 10, max: 99 })).toMatch(/10.*99/);
	});
});
