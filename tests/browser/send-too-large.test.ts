import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import { countRows } from '../helpers/sqlite';
import { publishOverHttp } from '../helpers/survey-http';
import { answerShownPage, enhanced, RESPONDENT_TEXTS, visibleQuestions } from './respondent-support';
import { textOf, useSuite } from './support';

const enabled = browserAvailable();
const answers = asFormAnswers(RESPONDENT);
const fr = RESPONDENT_TEXTS.fr;

describe.skipIf(!enabled)('a respondent whose answers come to more than 1 MB', () => {
	const suite = useSuite();
	let token: string;

	beforeAll(async () => {
		const owner = await setUpOverHttp(suite().url, 'owner@example.org', 'Sahel Info');
		token = (await publishOverHttp(suite().url, await createTokenOverHttp(owner))).link('baseline', 'exposed').token;
	});

	/** Answers up to the last page, then makes the form carry 2 MB more, as a tampered form would. */
	async function reachLastPageOversized(page: Page): Promise<void> {
		for (let step = 0; step < 40 && (await visibleQuestions(page)).join() !== 'S1'; step++)
			await answerShownPage(page, answers, 'fr');
		await page.locator('form[data-survey]').evaluate((form) => {
			const padding = Object.assign(document.createElement('input'), {
				type: 'hidden',
				name: 'padding',
				value: 'x'.repeat(2 * 1024 * 1024)
			});
			form.append(padding);
		});
	}

	// Without JavaScript each of the survey's pages is a request of its own: the way to the last one is long.
	test('without JavaScript, sees the page saying so in French, not a network error', { timeout: 90_000 }, async () => {
		const context = await suite().browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto(`${suite().url}/s/${token}?lang=fr`);
			await reachLastPageOversized(page);
			const before = countRows(suite().server.databasePath!, 'responses');
			const sent = page.waitForResponse((response) => response.url().includes('/send'));
			await answerShownPage(page, answers, 'fr');
			expect((await sent).status()).toBe(413);
			await page.getByRole('heading', { level: 1, name: fr['too_large.title'] }).waitFor();
			expect(await textOf(page.getByRole('alert'))).toBe(fr['too_large.text']);
			expect(await page.getByRole('link', { name: fr['too_large.back'] }).getAttribute('href')).toBe(
				`/s/${token}?lang=fr`
			);
			expect(countRows(suite().server.databasePath!, 'responses')).toBe(before);
		} finally {
			await context.close();
		}
	});

	test('with JavaScript, sees the message above the form, every answer kept', async () => {
		const context = await suite().browser.newContext({ javaScriptEnabled: true });
		try {
			const page = await context.newPage();
			await page.goto(`${suite().url}/s/${token}?lang=fr`);
			await enhanced(page);
			await reachLastPageOversized(page);
			await answerShownPage(page, answers, 'fr');
			expect(await textOf(page.getByRole('alert'))).toBe(fr['too_large.text']);
			expect(await visibleQuestions(page)).toEqual(['S1']);
			expect(await page.locator('input[name="D2"]').inputValue()).toBe(answers.D2);
			expect(new URL(page.url()).pathname).toBe(`/s/${token}`);
		} finally {
			await context.close();
		}
	});
});
