import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { CORE_TEXTS } from '$lib/core-module';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import { countRows } from '../helpers/sqlite';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';
import {
	answerShownPage,
	answerWholeSurvey,
	enhanced,
	expectNoHorizontalScroll,
	RESPONDENT_TEXTS,
	seriousAxeViolationsOfMarkup,
	visibleQuestions
} from './respondent-support';
import { seriousAxeViolations, textOf, useSuite } from './support';

const enabled = browserAvailable();
const PHONE = { width: 360, height: 740 };
const answers = asFormAnswers(RESPONDENT);

describe.skipIf(!enabled)('a respondent on a phone', () => {
	const suite = useSuite();
	let exposed: PublishedLink;
	let comparison: PublishedLink;
	let closedToken: string;

	beforeAll(async () => {
		const owner = await setUpOverHttp(suite().url, 'owner@example.org', 'Sahel Info');
		const token = await createTokenOverHttp(owner);
		const published = await publishOverHttp(suite().url, token);
		exposed = published.link('baseline', 'exposed');
		comparison = published.link('endline', 'comparison');
		const closed = await publishOverHttp(suite().url, token, { title: 'Une campagne close' });
		closedToken = closed.link('baseline', 'exposed').token;
		expect((await owner.post(`/campaigns/${closed.campaignId}?/close`, {})).status).toBe(200);
	});

	async function phone(javaScript: boolean, run: (context: BrowserContext) => Promise<void>): Promise<void> {
		const context = await suite().browser.newContext({
			viewport: PHONE,
			isMobile: true,
			hasTouch: true,
			javaScriptEnabled: javaScript,
			bypassCSP: true
		});
		try {
			await run(context);
		} finally {
			await context.close();
		}
	}

	// Page after page in a real browser: 21 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'with JavaScript, in French: chooses the language, answers page after page with no request until the end, sees the thanks',
		{ timeout: 90_000 },
		async () => {
			await phone(true, async (context) => {
				const page = await context.newPage();
				await page.goto(`${suite().url}/s/${exposed.token}`, { waitUntil: 'load' });
				expect(await seriousAxeViolations(page)).toEqual([]);
				await expectNoHorizontalScroll(page, PHONE.width);
				// Each language's button reads on its own colour (axe cannot always tell, for text on a link's own background).
				const [text, background] = await page
					.getByRole('link', { name: 'Français' })
					.evaluate((link) => [getComputedStyle(link).color, getComputedStyle(link).backgroundColor]);
				expect(text).not.toBe(background);
				await page.getByRole('link', { name: 'Français' }).click();
				await enhanced(page);
				expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
				expect(await seriousAxeViolations(page)).toEqual([]);

				const requests: string[] = [];
				page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
				await answerShownPage(page, answers, 'fr');
				await answerShownPage(page, { ...answers, D2: 'vingt' }, 'fr');
				const problem = page.getByRole('alert');
				expect(await textOf(problem)).toContain(CORE_TEXTS.fr['problem.not_an_integer']);
				expect(await seriousAxeViolations(page)).toEqual([]);
				expect(await visibleQuestions(page)).toEqual(['D1', 'D2']);
				await page.locator('[name="D2"]').fill('22');
				await page
					.locator('section.survey-page:not([hidden])')
					.getByRole('button', { name: RESPONDENT_TEXTS.fr['nav.next'] })
					.click();
				expect(await visibleQuestions(page)).toEqual(['D3', 'D4', 'D5']);
				expect(requests).toEqual([]);

				const before = countRows(suite().server.databasePath!, 'responses');
				const pages = await answerWholeSurvey(page, answers, 'fr');
				expect(pages.flat()).toContain('E2');
				expect(requests.filter((r) => r.startsWith('POST'))).toEqual([`POST /s/${exposed.token}/send`]);
				await page.getByRole('heading', { level: 1, name: RESPONDENT_TEXTS.fr['thanks.title'] }).waitFor();
				expect(countRows(suite().server.databasePath!, 'responses')).toBe(before + 1);
				expect(await seriousAxeViolations(page)).toEqual([]);
				await expectNoHorizontalScroll(page, PHONE.width);
			});
		}
	);

	// Page after page in a real browser: 12 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'with JavaScript, a problem only the server sees comes back on its page, every answer kept',
		{ timeout: 90_000 },
		async () => {
			await phone(true, async (context) => {
				const page = await context.newPage();
				await page.goto(`${suite().url}/s/${exposed.token}?lang=fr`);
				await enhanced(page);
				const before = countRows(suite().server.databasePath!, 'responses');
				for (let step = 0; step < 40 && (await visibleQuestions(page)).join() !== 'S1'; step++)
					await answerShownPage(page, answers, 'fr');
				// On the last page, an answer given earlier becomes one no option offers, as a tampered or outdated form would send.
				await page
					.locator('input[name="K4"]:checked')
					.evaluate((input) => ((input as HTMLInputElement).value = 'peut-être'));
				await answerShownPage(page, answers, 'fr');
				await page.getByRole('alert').waitFor();
				expect(await visibleQuestions(page)).toContain('K4');
				expect(await page.locator('input[name="K1"][value="true"]').isChecked()).toBe(true);
				expect(await page.locator('input[name="D2"]').inputValue()).toBe('22');
				expect(countRows(suite().server.databasePath!, 'responses')).toBe(before);
				expect(new URL(page.url()).pathname).toBe(`/s/${exposed.token}`);
			});
		}
	);

	// Page after page in a real browser: 12 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'with JavaScript, skip rules apply at once: no exposure, no question on where',
		{ timeout: 90_000 },
		async () => {
			await phone(true, async (context) => {
				const page = await context.newPage();
				await page.goto(`${suite().url}/s/${exposed.token}?lang=fr`);
				await enhanced(page);
				const pages = await answerWholeSurvey(page, { ...answers, E1: 'no', M1: 'no' }, 'fr');
				expect(pages.flat()).not.toContain('E2');
				expect(pages.flat()).not.toContain('M2');
				expect(pages.flat()).toContain('P1');
			});
		}
	);

	// Page after page in a real browser: past the default 30 s on a loaded machine (a full run of tests/browser beside
	// other suites); the limit is there for a test that hangs, not for a slow one.
	test(
		'without JavaScript, in Arabic, right to left: the server decides each page, errors in Arabic, the answers kept',
		{ timeout: 90_000 },
		async () => {
			await phone(false, async (context) => {
				const page = await context.newPage();
				await page.goto(`${suite().url}/s/${comparison.token}?lang=ar`);
				expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
					'ar',
					'rtl'
				]);
				expect(await seriousAxeViolationsOfMarkup(suite().browser, page)).toEqual([]);
				const requests: string[] = [];
				page.on('request', (request) => request.resourceType() === 'document' && requests.push(request.method()));
				await answerShownPage(page, answers, 'ar');
				await answerShownPage(page, { D1: 'male' }, 'ar');
				expect(await textOf(page.getByRole('alert'))).toContain(CORE_TEXTS.ar['problem.required']);
				expect(await page.locator('input[name="D1"][value="male"]').isChecked()).toBe(true);
				expect(await seriousAxeViolationsOfMarkup(suite().browser, page)).toEqual([]);
				await expectNoHorizontalScroll(page, PHONE.width);

				const before = countRows(suite().server.databasePath!, 'responses');
				await answerWholeSurvey(page, answers, 'ar');
				expect(requests.length).toBeGreaterThan(15);
				await page.getByRole('heading', { level: 1, name: RESPONDENT_TEXTS.ar['thanks.title'] }).waitFor();
				expect(countRows(suite().server.databasePath!, 'responses')).toBe(before + 1);
				expect(await seriousAxeViolationsOfMarkup(suite().browser, page)).toEqual([]);
			});
		}
	);

	// Page after page in a real browser: past the default 30 s on a loaded machine (a full run of tests/browser beside
	// other suites); the limit is there for a test that hangs, not for a slow one.
	test(
		'a refusal, and pages that cannot be answered, say so clearly in the respondent’s language, accessibly',
		{ timeout: 90_000 },
		async () => {
			for (const javaScript of [true, false]) {
				await phone(javaScript, async (context) => {
					const page = await context.newPage();
					await page.goto(`${suite().url}/s/${exposed.token}?lang=ar`);
					await answerWholeSurvey(page, { C0: 'no' }, 'ar');
					expect(await textOf(page.getByRole('status'))).toBe(CORE_TEXTS.ar['end.refused']);
					expect(
						await (javaScript ? seriousAxeViolations(page) : seriousAxeViolationsOfMarkup(suite().browser, page))
					).toEqual([]);

					for (const [path, text] of [
						[`/s/${closedToken}?lang=fr`, RESPONDENT_TEXTS.fr['link.closed']],
						['/s/nosuchtoken00000000000000000000?lang=ar', RESPONDENT_TEXTS.ar['link.not_found']]
					]) {
						const response = await page.goto(`${suite().url}${path}`);
						expect(response?.status()).toBeGreaterThanOrEqual(404);
						expect(await textOf(page.locator('main p').first())).toBe(text);
						expect(
							await (javaScript ? seriousAxeViolations(page) : seriousAxeViolationsOfMarkup(suite().browser, page))
						).toEqual([]);
					}
				});
			}
		}
	);
});

describe.skipIf(!enabled)('every respondent page, in French and in Arabic', () => {
	const suite = useSuite();
	const paths: Record<string, string> = {};

	beforeAll(async () => {
		const owner = await setUpOverHttp(suite().url, 'owner@example.org', 'Sahel Info');
		const token = await createTokenOverHttp(owner);
		const open = await publishOverHttp(suite().url, token);
		const link = open.link('baseline', 'exposed');
		const interviews = open.link('endline', 'exposed');
		expect(
			(
				await owner.post(`/campaigns/${open.campaignId}/links/${interviews.id}?/settings`, {
					mode: 'enumerator',
					opensAt: '',
					closesAt: ''
				})
			).status
		).toBe(200);
		const later = open.link('endline', 'comparison');
		expect(
			(
				await owner.post(`/campaigns/${open.campaignId}/links/${later.id}?/settings`, {
					mode: 'self',
					opensAt: '2099-01-01',
					closesAt: ''
				})
			).status
		).toBe(200);
		const closed = await publishOverHttp(suite().url, token, { title: 'Une campagne close' });
		expect((await owner.post(`/campaigns/${closed.campaignId}?/close`, {})).status).toBe(200);
		Object.assign(paths, {
			language: `/s/${link.token}`,
			survey: `/s/${link.token}?lang={lang}`,
			thanks: `/s/${link.token}/done?lang={lang}&outcome=complete`,
			refused: `/s/${link.token}/done?lang={lang}&outcome=refused`,
			'under 15': `/s/${link.token}/done?lang={lang}&outcome=not_eligible`,
			'enumerators only': `/s/${interviews.token}?lang={lang}`,
			'not open yet': `/s/${later.token}?lang={lang}`,
			closed: `/s/${closed.link('baseline', 'exposed').token}?lang={lang}`,
			unknown: '/s/nosuchtoken00000000000000000000?lang={lang}'
		});
	});

	// Page after page in a real browser: 25 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test.each(['fr', 'ar'] as const)(
		'in %s: no serious accessibility problem, the page in that language and direction',
		{ timeout: 90_000 },
		async (language) => {
			const context = await suite().browser.newContext({
				viewport: PHONE,
				isMobile: true,
				bypassCSP: true,
				locale: language
			});
			try {
				const page = await context.newPage();
				for (const [name, path] of Object.entries(paths)) {
					await page.goto(`${suite().url}${path.replace('{lang}', language)}`);
					expect(
						await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
						name
					).toEqual([language, language === 'ar' ? 'rtl' : 'ltr']);
					expect(await seriousAxeViolations(page), name).toEqual([]);
					await expectNoHorizontalScroll(page, PHONE.width);
				}
			} finally {
				await context.close();
			}
		}
	);
});
