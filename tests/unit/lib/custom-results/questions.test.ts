import { describe, expect, it } from 'vitest';
import { mergeQuestions, pickText } from '$lib/custom-results/questions';
import type { CustomQuestion } from '$lib/survey/custom-question';

const ask = (code: string, type: CustomQuestion['type'], options: string[] = [], label = code): CustomQuestion => ({
	code,
	type,
	label: { en: label },
	hint: {},
	required: false,
	options: options.map((option) => ({ code: option, label: { en: option.toUpperCase() } })),
	min: null,
	max: null,
	showIf: null
});

describe('mergeQuestions', () => {
	const merged = mergeQuestions([
		{ id: 'v3', questions: [ask('channel', 'single', ['tv', 'radio'], 'Channel (new)'), ask('age', 'text')] },
		{
			id: 'v2',
			questions: [ask('age', 'integer'), ask('dropped', 'yes_no'), ask('channel', 'single', ['radio', 'poster'])]
		},
		{ id: 'v1', questions: [ask('channel', 'single', ['radio'])] }
	]);

	it('orders the questions as the newest version, then those it dropped', () => {
		expect(merged.map((question) => question.code)).toEqual(['channel', 'age', 'dropped']);
	});

	it('takes the newest wording, and every version’s answers', () => {
		expect(merged[0]).toMatchObject({
			label: { en: 'Channel (new)' },
			versionIds: ['v3', 'v2', 'v1'],
			sameInAll: true
		});
		expect(merged[0].options.map((option) => option.code)).toEqual(['tv', 'radio', 'poster']);
	});

	it('reads a code reused for another type only in the versions of the newest type', () => {
		expect(merged[1]).toMatchObject({ type: 'text', versionIds: ['v3'], sameInAll: false });
		expect(merged[2]).toMatchObject({ type: 'yes_no', versionIds: ['v2'], sameInAll: true });
	});
});

describe('pickText', () => {
	it.each([
		[{ fr: 'Bonjour', en: 'Hello' }, 'fr', ['en'], 'Bonjour'],
		[{ fr: 'Bonjour', en: 'Hello' }, 'ar', ['en', 'fr'], 'Hello'],
		[{ pt: 'Olá' }, 'fr', ['en'], 'Olá'],
		[{}, 'fr', ['en'], 'code'],
		[{ fr: '', en: 'Hello' }, 'fr', [], 'Hello']
	])('%o in %s, campaign in %o: %s', (text, locale, languages, expected) => {
		expect(pickText(text, locale, languages, 'code')).toBe(expected);
	});
});
