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

// Questions as an imported XLSForm brings them: an expression in every column that takes one.
const QUESTIONS = [
	{
		code: 'priorities',
		type: 'rank',
		label: both('Classez ce qui compte', 'رتّب ما يهم'),
		required: true,
		options: [
			{ code: 'work', label: both('Le travail', 'العمل') },
			{ code: 'family', label: both('La famille', 'العائلة') },
			{ code: 'safety', label: both('La sécurité', 'الأمان') }
		]
	},
	{ code: 'people', type: 'integer', label: both('Combien de personnes chez vous ?', 'كم شخصا؟'), required: true },
	{
		code: 'adults',
		type: 'integer',
		label: both('Combien d’adultes ?', 'كم بالغا؟'),
		constraint: '. <= ${people}',
		constraintMessage: both('Pas plus que les personnes du foyer', 'ليس أكثر من أفراد الأسرة')
	},
	{ code: 'children', type: 'calculate', label: {}, calculation: '${people} - ${adults}' },
	{
		code: 'school',
		type: 'yes_no',
		label: both('Vos ${children} enfants vont-ils à l’école ?', 'هل يذهب أطفالك الـ ${children} إلى المدرسة؟'),
		relevant: '${children} > 0'
	},
	{
		code: 'country',
		type: 'single',
		label: both('Quel pays ?', 'أي بلد؟'),
		options: [
			{ code: 'sn', label: both('Sénégal', 'السنغال') },
			{ code: 'ml', label: both('Mali', 'مالي') }
		]
	},
	{
		code: 'city',
		type: 'single',
		label: both('Quelle ville (${country}) ?', 'أي مدينة (${country})؟'),
		choiceFilter: 'country = ${country}',
		options: [
			{ code: 'dakar', label: both('Dakar', 'داكار'), columns: { country: 'sn' } },
			{ code: 'bamako', label: both('Bamako', 'باماكو'), columns: { country: 'ml' } }
		]
	}
];

describe.skipIf(!enabled)('a survey with XLSForm expressions, on a phone', () => {
	const suite = useSuite();
	let token: string;
	let apiToken: string;
	let campaignId: string;
	const answers = {
		...asFormAnswers(RESPONDENT),
		priorities: ['safety', 'work', 'family'],
		people: '3',
		adults: '1',
		school: 'yes',
		country: 'sn',
		city: 'dakar'
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

	// Page after page in a real browser; the limit is there for a test that hangs, not for a slow one.
	test(
		'with JavaScript: a ranking, the constraint, the calculation, the relevant, the filter and the answers in labels apply at once, with no request',
		{ timeout: 90_000 },
		async () => {
			await phone(true, async (page) => {
				await page.goto(`${suite().url}/s/${token}?lang=fr`);
				await enhanced(page);
				await answerUntil(page, 'priorities');
				// The same place twice: the page says so before anything is sent.
				await answerShownPage(page, { priorities: ['work', 'work', 'family'] }, 'fr');
				expect(await textOf(page.getByRole('alert'))).toContain(RESPONDENT_TEXTS.fr['problem.not_a_ranking']);
				expect(await seriousAxeViolations(page)).toEqual([]);
				await answerUntil(page, 'people');
				const requests: string[] = [];
				page.on('request', (request) => requests.push(new URL(request.url()).pathname));
				await answerShownPage(page, answers, 'fr');
				await answerShownPage(page, { adults: '5' }, 'fr');
				expect(await textOf(page.getByRole('alert'))).toContain('Pas plus que les personnes du foyer');
				expect(await seriousAxeViolations(page)).toEqual([]);
				await answerShownPage(page, { adults: '3' }, 'fr');
				// Three people, three adults: no child, so the school question is not asked.
				expect(await visibleQuestions(page)).toEqual(['country']);
				await page
					.locator('section.survey-page:not([hidden])')
					.getByRole('button', { name: RESPONDENT_TEXTS.fr['nav.back'] })
					.click();
				await answerShownPage(page, { adults: '1' }, 'fr');
				expect(await visibleQuestions(page)).toEqual(['school', 'country']);
				await page.getByRole('group', { name: 'Vos 2 enfants vont-ils à l’école ?' }).waitFor();
				await answerShownPage(page, answers, 'fr');
				expect(await visibleQuestions(page)).toEqual(['city']);
				await page.getByRole('group', { name: 'Quelle ville (sn) ?' }).waitFor();
				expect(await page.getByLabel('Dakar').isVisible()).toBe(true);
				expect(await page.getByLabel('Bamako').isVisible()).toBe(false);
				expect(requests).toEqual([]);
				await answerWholeSurvey(page, answers, 'fr');
				await page.getByRole('heading', { level: 1, name: RESPONDENT_TEXTS.fr['thanks.title'] }).waitFor();
			});
			expect(await lastCustomAnswers()).toMatchObject({
				priorities: ['safety', 'work', 'family'],
				people: 3,
				adults: 1,
				children: 2,
				school: 'yes',
				city: 'dakar'
			});
		}
	);

	test('without JavaScript: the server decides the same, page after page', { timeout: 90_000 }, async () => {
		await phone(false, async (page) => {
			await page.goto(`${suite().url}/s/${token}?lang=fr`);
			await answerUntil(page, 'people');
			await answerShownPage(page, { ...answers, people: '2', adults: '4' }, 'fr');
			await answerShownPage(page, { ...answers, people: '2', adults: '4' }, 'fr');
			expect(await textOf(page.getByRole('alert'))).toContain('Pas plus que les personnes du foyer');
			await answerShownPage(page, { adults: '2' }, 'fr');
			expect(await visibleQuestions(page)).toEqual(['country']);
			await answerShownPage(page, { country: 'ml' }, 'fr');
			expect(await visibleQuestions(page)).toEqual(['city']);
			await page.getByRole('group', { name: 'Quelle ville (ml) ?' }).waitFor();
			expect(await page.getByLabel('Bamako').isVisible()).toBe(true);
			expect(await page.getByLabel('Dakar').isVisible()).toBe(false);
			await answerWholeSurvey(page, { ...answers, people: '2', adults: '2', country: 'ml', city: 'bamako' }, 'fr');
			await page.getByRole('heading', { level: 1, name: RESPONDENT_TEXTS.fr['thanks.title'] }).waitFor();
		});
		const stored = await lastCustomAnswers();
		expect(stored).toMatchObject({ people: 2, adults: 2, children: 0, city: 'bamako' });
		expect(stored).not.toHaveProperty('school');
	});
});
