import { describe, expect, it } from 'vitest';
import { listCampaignItems, type CoreAnswers } from '$lib/core-module';
import { customQuestionSchema } from '$lib/survey/custom-question';
import { advance, findFirstPage, type FormAnswers } from '$lib/survey/flow';
import { findPageOf, planPages } from '$lib/survey/pages';
import type { SurveyDefinition } from '$lib/survey/response';
import { ADULT, SETTINGS } from '../core-module/respondents';

const customQuestions = [
	customQuestionSchema.parse({
		code: 'radio_station',
		type: 'text',
		label: { fr: 'Quelle radio ?' },
		required: true,
		showIf: { question: 'E1', op: 'equals', value: 'yes' }
	}),
	customQuestionSchema.parse({ code: 'comment', type: 'long_text', label: { fr: 'Un mot ?' } })
];
const definition: SurveyDefinition = { settings: SETTINGS, customQuestions };
const pages = planPages(new Set(listCampaignItems(SETTINGS).map((item) => item.id)), customQuestions);
const pageOf = (id: string) => findPageOf(pages, id);
const last = pages.length - 1;

/** Answers as a browser posts them: text, and a list for checkboxes. */
function asForm(answers: CoreAnswers | Record<string, unknown>): FormAnswers {
	return Object.fromEntries(
		Object.entries(answers).map(([id, value]) => [id, Array.isArray(value) ? value.map(String) : String(value)])
	);
}

const FULL = asForm({ ...ADULT, radio_station: 'Radio Tamba' });
const next = (answers: FormAnswers, page: number) => advance(definition, pages, answers, { page, nav: 'next' });

describe('advance', () => {
	it('starts on consent', () => {
		expect(findFirstPage(definition, pages)).toBe(pageOf('C0'));
	});

	it('goes on to the next page once a page is answered', () => {
		expect(next({ C0: 'yes' }, 0)).toEqual({ kind: 'page', page: pageOf('D1'), answers: { C0: 'yes' }, problems: [] });
	});

	it('stays on a page with its problems, and keeps what was answered', () => {
		expect(next({ C0: 'yes', D1: 'female', D2: 'vingt' }, pageOf('D1'))).toEqual({
			kind: 'page',
			page: pageOf('D1'),
			answers: { C0: 'yes', D1: 'female', D2: 'vingt' },
			problems: [{ item: 'D2', code: 'not_an_integer' }]
		});
	});

	it('checks the earlier pages again, as their answers travel with the form', () => {
		const step = next({ C0: 'yes', D1: 'female', D2: '30', D3: 'paris' }, pageOf('E1'));
		expect(step).toMatchObject({
			kind: 'page',
			page: pageOf('D3'),
			problems: [
				{ item: 'D3', code: 'not_an_option' },
				{ item: 'D4', code: 'required' },
				{ item: 'D5', code: 'required' },
				{ item: 'E1', code: 'required' }
			]
		});
	});

	it.each<[string, FormAnswers, number, string]>([
		['a minor is asked for the guardian’s consent', { C0: 'yes', D1: 'male', D2: '16' }, pageOf('D1'), 'C1'],
		['an adult is not', { C0: 'yes', D1: 'male', D2: '18' }, pageOf('D1'), 'D3'],
		['someone who saw no message skips E2', { ...FULL, E1: 'no' }, pageOf('E1'), 'E3_1'],
		['someone who has no wish to leave skips M2 and M3', { ...FULL, M1: 'no' }, pageOf('M1'), 'P1'],
		['a plan without M3 yet asks M3', { ...FULL, M3: [] as never }, pageOf('M2'), 'M3']
	])('applies the skip rules: %s', (_, answers, page, expected) => {
		expect(next(answers, page)).toMatchObject({ kind: 'page', page: pageOf(expected), problems: [] });
	});

	it.each<[string, FormAnswers, number, string]>([
		['a refusal of consent', { C0: 'no' }, 0, 'refused'],
		['a child of 13', { C0: 'yes', D1: 'female', D2: '13' }, pageOf('D2'), 'not_eligible'],
		['a guardian who refused', { C0: 'yes', D1: 'female', D2: '15', C1: 'no' }, pageOf('C1'), 'refused']
	])('ends the survey on %s', (_, answers, page, outcome) => {
		expect(next(answers, page)).toEqual({ kind: 'ended', outcome });
	});

	it('asks a custom question only when its rule holds', () => {
		expect(next({ ...FULL, E1: 'no', E2: [] as never }, pageOf('S1'))).toMatchObject({
			kind: 'page',
			page: pageOf('comment')
		});
		expect(next(FULL, pageOf('S1'))).toMatchObject({ kind: 'page', page: pageOf('radio_station') });
	});

	it('completes the survey on the last page, with the answers in their codes', () => {
		const step = next(FULL, last);
		expect(step).toEqual({ kind: 'complete', core: ADULT, custom: { radio_station: 'Radio Tamba' } });
	});

	it('takes the whole survey sent at once from the last page, as the page’s script does', () => {
		expect(next(FULL, last).kind).toBe('complete');
		expect(next({ ...FULL, K4: 'maybe' }, last)).toMatchObject({
			kind: 'page',
			page: pageOf('K4'),
			problems: [{ item: 'K4', code: 'not_an_option' }]
		});
	});

	it('drops answers to questions no longer asked (the respondent went back and changed one)', () => {
		const step = next({ ...FULL, E1: 'no' }, last);
		expect(step).toMatchObject({ kind: 'complete', core: { E1: 'no' }, custom: {} });
		if (step.kind === 'complete') {
			expect(step.core.E2).toBeUndefined();
		}
	});

	it('goes back to the previous page asked, with nothing checked', () => {
		expect(
			advance(definition, pages, { ...FULL, E1: 'no', D2: 'x' }, { page: pageOf('E3_1'), nav: 'back' })
		).toMatchObject({
			kind: 'page',
			page: pageOf('E1'),
			problems: []
		});
	});

	it('treats a page number out of range as the nearest page', () => {
		expect(next({ C0: 'yes' }, -5)).toMatchObject({ kind: 'page', page: pageOf('D1') });
		expect(next(FULL, 999).kind).toBe('complete');
	});
});
