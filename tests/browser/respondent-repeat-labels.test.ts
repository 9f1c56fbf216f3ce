import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { say } from '$lib/survey/respondent-texts';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import { publishOverHttp } from '../helpers/survey-http';
import {
	answerShownPage,
	enhanced,
	seriousAxeViolationsOfMarkup,
	visibleQuestions,
	answerUntilShown,
	onPhone
} from './respondent-support';
import { seriousAxeViolations, textOf, useSuite } from './support';
import { findWords } from '$lib/survey/words';

const enabled = browserAvailable();

// A label an author may well paste, with markup, quotes, braces and the very text instances are named by.
const LABEL = 'Membres <img src=x onerror="window.__labelRan=1"> «{n}» \'members.@.age\'';

const QUESTIONS = [
	{ code: 'members', type: 'repeat', label: { fr: LABEL, ar: LABEL } },
	{
		code: 'age',
		type: 'integer',
		label: { fr: 'Âge', ar: 'العمر' },
		min: 0,
		max: 120,
		required: true,
		repeat: 'members'
	},
	{ code: 'comment', type: 'text', label: { fr: 'Un mot ?', ar: 'كلمة؟' } }
];

describe.skipIf(!enabled)('a repeat group’s label and pages, as a respondent may meet them', () => {
	const suite = useSuite();
	let token: string;
	let apiToken: string;
	let campaignId: string;
	const answers = { ...asFormAnswers(RESPONDENT), comment: 'merci' };

	beforeAll(async () => {
		const owner = await setUpOverHttp(suite().url, 'owner@example.org', 'Sahel Info');
		apiToken = await createTokenOverHttp(owner);
		const published = await publishOverHttp(suite().url, apiToken, {}, QUESTIONS);
		token = published.link('baseline', 'exposed').token;
		campaignId = published.campaignId;
	});

	const phone = (javaScript: boolean, run: (page: Page) => Promise<void>) => onPhone(suite().browser, javaScript, run);

	const answerUntil = (page: Page, question: string) => answerUntilShown(page, answers, question, 'fr');

	const heading = (page: Page) => page.locator('section.survey-page:not([hidden]) .instance-heading');

	test(
		'with JavaScript: the label shown as written in the heading of each instance added',
		{ timeout: 90_000 },
		async () => {
			await phone(true, async (page) => {
				await page.goto(`${suite().url}/s/${token}?lang=fr`);
				await enhanced(page);
				await answerUntil(page, 'members');
				await page.locator('[name="members"]').fill('2');
				await answerShownPage(page, {}, 'fr');
				expect(await visibleQuestions(page)).toEqual(['members.1.age']);
				expect(await textOf(heading(page))).toBe(say(findWords('fr'), 'repeat.instance', { label: LABEL, n: 1 }));
				expect(await page.locator('.instance-heading img').count()).toBe(0);
				expect(await page.evaluate(() => (window as { __labelRan?: number }).__labelRan)).toBeUndefined();
				expect(await seriousAxeViolations(page)).toEqual([]);
				await answerShownPage(page, { 'members.1.age': '30' }, 'fr');
				expect(await textOf(heading(page))).toBe(say(findWords('fr'), 'repeat.instance', { label: LABEL, n: 2 }));
			});
		}
	);

	test(
		'without JavaScript: a number changed after going back, and a problem named on its instance’s page',
		{ timeout: 90_000 },
		async () => {
			await phone(false, async (page) => {
				await page.goto(`${suite().url}/s/${token}?lang=fr`);
				await answerUntil(page, 'members');
				await answerShownPage(page, { members: '3' }, 'fr');
				expect(await visibleQuestions(page)).toEqual(['members.1.age']);
				await page
					.locator('section.survey-page:not([hidden])')
					.getByRole('button', { name: say(findWords('fr'), 'nav.back') })
					.click();
				expect(await visibleQuestions(page)).toEqual(['members']);
				await answerShownPage(page, { members: '1' }, 'fr');
				expect(await visibleQuestions(page)).toEqual(['members.1.age']);
				await answerShownPage(page, { 'members.1.age': '300' }, 'fr');
				expect(await visibleQuestions(page)).toEqual(['members.1.age']);
				expect(await textOf(heading(page))).toBe(say(findWords('fr'), 'repeat.instance', { label: LABEL, n: 1 }));
				expect(await textOf(page.locator('section.survey-page:not([hidden]) .problems'))).toContain('Âge');
				expect(await seriousAxeViolationsOfMarkup(suite().browser, page)).toEqual([]);
				await answerShownPage(page, { 'members.1.age': '30' }, 'fr');
				expect(await visibleQuestions(page)).toEqual(['comment']);
				await answerShownPage(page, answers, 'fr');
				await page.waitForURL(/\/done/);
			});
			const response = await fetch(`${suite().url}/api/v1/campaigns/${campaignId}/responses?limit=1`, {
				headers: { authorization: `Bearer ${apiToken}` }
			});
			expect((await response.json()).items[0].answers).toMatchObject({ members: [{ age: 30 }], comment: 'merci' });
		}
	);
});
