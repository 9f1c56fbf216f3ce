import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import { publishOverHttp } from '../helpers/survey-http';
import {
	answerShownPage,
	answerWholeSurvey,
	enhanced,
	RESPONDENT_TEXTS,
	visibleQuestions,
	answerUntilShown,
	onPhone
} from './respondent-support';
import { seriousAxeViolations, textOf, useSuite } from './support';

const enabled = browserAvailable();
const both = (fr: string, ar: string) => ({ fr, ar });

// A household roster, as XLSForm's repeat groups ask it: one page for each person the respondent counts.
const QUESTIONS = [
	{ code: 'members', type: 'repeat', label: both('Membres du foyer', 'أفراد الأسرة') },
	{ code: 'first_name', type: 'text', label: both('Prénom', 'الاسم'), required: true, repeat: 'members' },
	{
		code: 'age',
		type: 'integer',
		label: both('Âge de ${first_name}', 'عمر ${first_name}'),
		min: 0,
		max: 120,
		repeat: 'members'
	},
	{
		code: 'abroad',
		type: 'yes_no',
		label: both('${first_name} vit-il à l’étranger ?', 'هل يعيش ${first_name} في الخارج؟'),
		relevant: '${age} >= 15',
		repeat: 'members'
	},
	{ code: 'comment', type: 'text', label: both('Un mot ?', 'كلمة؟') }
];

describe.skipIf(!enabled)('a survey with a repeat group, on a phone', () => {
	const suite = useSuite();
	let token: string;
	let apiToken: string;
	let campaignId: string;
	const answers = {
		...asFormAnswers(RESPONDENT),
		members: '2',
		'members.1.first_name': 'Awa',
		'members.1.age': '34',
		'members.1.abroad': 'yes',
		'members.2.first_name': 'Moussa',
		'members.2.age': '9',
		comment: 'merci'
	};

	beforeAll(async () => {
		const owner = await setUpOverHttp(suite().url, 'owner@example.org', 'Sahel Info');
		apiToken = await createTokenOverHttp(owner);
		const published = await publishOverHttp(suite().url, apiToken, {}, QUESTIONS);
		token = published.link('baseline', 'exposed').token;
		campaignId = published.campaignId;
	});

	const phone = (javaScript: boolean, run: (page: Page) => Promise<void>) => onPhone(suite().browser, javaScript, run);

	const answerUntil = (page: Page, question: string) => answerUntilShown(page, answers, question, 'fr');

	async function lastCustomAnswers(): Promise<Record<string, unknown>> {
		const response = await fetch(`${suite().url}/api/v1/campaigns/${campaignId}/responses?limit=1`, {
			headers: { authorization: `Bearer ${apiToken}` }
		});
		return (await response.json()).items[0].answers;
	}

	const STORED = {
		members: [
			{ first_name: 'Awa', age: 34, abroad: 'yes' },
			{ first_name: 'Moussa', age: 9 }
		],
		comment: 'merci'
	};

	test('with JavaScript: a page for each person counted, added with no request', { timeout: 90_000 }, async () => {
		await phone(true, async (page) => {
			await page.goto(`${suite().url}/s/${token}?lang=fr`);
			await enhanced(page);
			await answerUntil(page, 'members');
			const requests: string[] = [];
			page.on('request', (request) => requests.push(new URL(request.url()).pathname));
			// Three at first, then two: the third person's page goes.
			await page.getByLabel('Membres du foyer').fill('3');
			await page.getByLabel('Membres du foyer').fill('2');
			await answerShownPage(page, answers, 'fr');
			expect(await visibleQuestions(page)).toEqual(['members.1.first_name', 'members.1.age']);
			expect(await textOf(page.locator('section.survey-page:not([hidden]) .instance-heading'))).toBe(
				'Membres du foyer, n° 1'
			);
			// The first name is needed; then written into the label of the question for adults, on a page of its own.
			await answerShownPage(page, { 'members.1.age': '34' }, 'fr');
			expect(await textOf(page.getByRole('alert'))).toContain('Prénom');
			expect(await seriousAxeViolations(page)).toEqual([]);
			await answerShownPage(page, answers, 'fr');
			await page.getByRole('group', { name: 'Awa vit-il à l’étranger ?' }).waitFor();
			await answerShownPage(page, answers, 'fr');
			// A child: the question for adults is not asked of the second person.
			expect(await visibleQuestions(page)).toEqual(['members.2.first_name', 'members.2.age']);
			await answerShownPage(page, answers, 'fr');
			expect(await visibleQuestions(page)).toEqual(['comment']);
			expect(requests).toEqual([]);
			await answerWholeSurvey(page, answers, 'fr');
			await page.getByRole('heading', { level: 1, name: RESPONDENT_TEXTS.fr['thanks.title'] }).waitFor();
		});
		expect(await lastCustomAnswers()).toMatchObject(STORED);
	});

	test('without JavaScript: the server adds the pages once the number is sent', { timeout: 90_000 }, async () => {
		await phone(false, async (page) => {
			await page.goto(`${suite().url}/s/${token}?lang=fr`);
			await answerUntil(page, 'members');
			await answerShownPage(page, answers, 'fr');
			expect(await visibleQuestions(page)).toEqual(['members.1.first_name', 'members.1.age']);
			await answerShownPage(page, answers, 'fr');
			// The relevant of the first person's question for adults is decided on the server, on a page of its own.
			expect(await visibleQuestions(page)).toEqual(['members.1.abroad']);
			await answerWholeSurvey(page, answers, 'fr');
			await page.getByRole('heading', { level: 1, name: RESPONDENT_TEXTS.fr['thanks.title'] }).waitFor();
		});
		expect(await lastCustomAnswers()).toMatchObject(STORED);
	});
});
