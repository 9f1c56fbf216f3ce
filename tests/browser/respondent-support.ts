import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CoreLanguage } from '$lib/core-module';
import { RESPONDENT_TEXTS, type RespondentTexts } from '$lib/survey/respondent-texts';

/** A survey's language: one of Mesure's, or the texts of one a campaign added (its buttons are named by them). */
export type SurveyWords = CoreLanguage | RespondentTexts;
import { seriousAxeViolations } from './support';

export { RESPONDENT_TEXTS };

/** The form as a respondent or an enumerator sees it now: the questions of the page shown. */
export async function visibleQuestions(page: Page): Promise<string[]> {
	return page
		.locator('section.survey-page:not([hidden]) [data-field]:not([hidden])')
		.evaluateAll((fields) => fields.map((f) => (f as HTMLElement).dataset.field ?? ''));
}

/**
 * Answers the page shown, question by question, then presses its main button (Next, or Send on the last
 * page): the button found by its name in the survey's language.
 */
export async function answerShownPage(
	page: Page,
	answers: Record<string, string | string[]>,
	language: SurveyWords
): Promise<string[]> {
	const questions = await visibleQuestions(page);
	for (const id of questions) {
		const answer = answers[id];
		if (answer === undefined) continue;
		const section = page.locator('section.survey-page:not([hidden])');
		// A ranking: a list a place, each given the option of its place.
		const places = section.locator(`select[name="${id}"]`);
		if ((await places.count()) > 0) {
			const order = Array.isArray(answer) ? answer : [answer];
			for (const [place, value] of order.entries()) await places.nth(place).selectOption(value);
			continue;
		}
		// Boxes ticked before (a default answer) and not in the answer are unticked, as a person would.
		const given = Array.isArray(answer) ? answer : [answer];
		const boxes = section.locator(`input[type="checkbox"][name="${id}"]`);
		for (const box of await boxes.all())
			if ((await box.isChecked()) && !given.includes((await box.getAttribute('value')) ?? '')) await box.uncheck();
		for (const value of given) {
			const choice = section.locator(`input:is([type="radio"], [type="checkbox"])[name="${id}"][value="${value}"]`);
			if ((await choice.count()) > 0) await choice.check();
			else await section.locator(`[name="${id}"]`).fill(value);
		}
	}
	const texts = typeof language === 'string' ? RESPONDENT_TEXTS[language] : language;
	const names = [texts['nav.next'], texts['nav.send'], texts['nav.save_interview']];
	await page
		.locator('section.survey-page:not([hidden])')
		.getByRole('button', { name: new RegExp(`^(${names.join('|')})$`) })
		.click();
	return questions;
}

/** Where the respondent is: the address, and the page of the survey shown there. */
async function whereAmI(page: Page): Promise<string> {
	const shown = await page
		.locator('section.survey-page:not([hidden])')
		.getAttribute('data-page', { timeout: 200 })
		.catch(() => null);
	return `${page.url()} ${shown}`;
}

/** Answers page after page (every answer valid) until the address is not the survey's any more. */
export async function answerWholeSurvey(
	page: Page,
	answers: Record<string, string | string[]>,
	language: SurveyWords
): Promise<string[][]> {
	const pages: string[][] = [];
	for (let step = 0; step < 40; step++) {
		const before = await whereAmI(page);
		pages.push(await answerShownPage(page, answers, language));
		await expect.poll(() => whereAmI(page), { timeout: 10_000 }).not.toBe(before);
		if (!/\/s\/[^/]+$/.test(new URL(page.url()).pathname)) {
			await page.waitForLoadState();
			return pages;
		}
	}
	throw new Error(`The survey did not end: ${JSON.stringify(pages)}`);
}

/** A phone's browser (360 px wide), with or without JavaScript, axe's script let past the page's policy, for one run. */
export async function onPhone(
	browser: Browser,
	javaScript: boolean,
	run: (page: Page) => Promise<void>
): Promise<void> {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		javaScriptEnabled: javaScript,
		bypassCSP: true
	});
	try {
		await run(await context.newPage());
	} finally {
		await context.close();
	}
}

/** Answers page after page until the question is shown. */
export async function answerUntilShown(
	page: Page,
	answers: Record<string, string | string[]>,
	question: string,
	language: SurveyWords
): Promise<void> {
	for (let step = 0; step < 40 && !(await visibleQuestions(page)).includes(question); step++)
		await answerShownPage(page, answers, language);
	expect(await visibleQuestions(page)).toContain(question);
}

/** The page has finished taking over the form (its script marks it). */
export async function enhanced(page: Page): Promise<void> {
	await page.locator('form[data-survey][data-enhanced]').waitFor({ state: 'attached' });
}

export async function expectNoHorizontalScroll(page: Page, width: number): Promise<void> {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/**
 * axe needs script, which a context without JavaScript runs none of: its page's markup is checked in a page
 * of a context that runs scripts (the respondent's pages need none to look and work as they do).
 */
export async function seriousAxeViolationsOfMarkup(browser: Browser, page: Page): Promise<string[]> {
	const context = await browser.newContext({
		bypassCSP: true,
		viewport: page.viewportSize() ?? undefined,
		javaScriptEnabled: true
	});
	try {
		const checker = await context.newPage();
		await checker.route('**/*', (route) => route.abort());
		await checker.setContent(await page.content());
		return await seriousAxeViolations(checker);
	} finally {
		await context.close();
	}
}

/**
 * One interview in enumerator mode: the pages answered until the form starts again on its first page (the
 * interview then waits in the phone's queue). Returns the pages seen.
 */
export async function answerInterview(
	page: Page,
	answers: Record<string, string | string[]>,
	language: SurveyWords
): Promise<string[][]> {
	const pages: string[][] = [];
	const first = await whereAmI(page);
	for (let step = 0; step < 40; step++) {
		const before = await whereAmI(page);
		pages.push(await answerShownPage(page, answers, language));
		await expect.poll(() => whereAmI(page), { timeout: 10_000 }).not.toBe(before);
		if ((await whereAmI(page)) === first) return pages;
	}
	throw new Error(`The interview did not end: ${JSON.stringify(pages)}`);
}
