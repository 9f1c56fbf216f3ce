import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import {
	createAccount,
	en,
	expectPath,
	expectText,
	fr,
	hydrated,
	newContext,
	person,
	seriousAxeViolations,
	useSuite,
	submitAndWait,
	textOf,
	visit
} from './support';

const enabled = browserAvailable();

const pressed = async (page: Page, name: string) =>
	page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Sends the sign-in form with an address the server refuses (the browser's own check turned off). */
async function submitInvalidEmail(page: Page, texts: Record<keyof typeof en, string>): Promise<void> {
	await page.getByLabel(texts['fields.email']).fill('not-an-address');
	await page.getByLabel(texts['fields.password']).fill('whatever it is');
	const submit = page.getByRole('button', { name: texts['signin.submit'] });
	await submit.evaluate((button: HTMLButtonElement) => {
		button.form!.noValidate = true;
	});
	expect(await submitAndWait(page, submit)).toEqual({ type: 'failure', status: 400 });
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe.skipIf(!enabled)('language, keyboard and accessibility', () => {
	const suite = useSuite(person('Admin'));

	test('the header switch turns the interface French, and the choice is remembered', async () => {
		const context = await newContext(suite());
		try {
			const page = await context.newPage();
			await visit(page, `${suite().url}/signin`);
			expect(await htmlLang(page)).toBe('en');
			expect(await pressed(page, 'English')).toBe('true');
			expect(await pressed(page, 'Français')).toBe('false');

			const answer = page.waitForResponse((r) => r.request().method() === 'POST');
			await page.getByRole('button', { name: 'Français', exact: true }).click();
			const status = (await answer).status();
			expect(status, `POST /language answered ${status}: ${await page.textContent('body')}`).toBe(303);
			await expectPath(page, '/signin');
			expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(fr['signin.title']);
			expect(await htmlLang(page)).toBe('fr');
			expect(await pressed(page, 'Français')).toBe('true');
			expect(await pressed(page, 'English')).toBe('false');

			// Remembered: on the next load, and on a new page of the same browser.
			await page.reload();
			expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(fr['signin.title']);
			const second = await context.newPage();
			await second.goto(`${suite().url}/signup`);
			expect(await textOf(second.getByRole('heading', { level: 1 }))).toBe(fr['signup.title']);
			expect(await htmlLang(second)).toBe('fr');

			// The server's messages follow.
			await hydrated(page);
			await submitInvalidEmail(page, fr);
			await expectText(page.getByText(fr['errors.email_invalid']), fr['errors.email_invalid']);
			expect(await page.getByLabel(fr['fields.email']).getAttribute('aria-invalid')).toBe('true');
		} finally {
			await context.close();
		}
	});

	// Page after page in a real browser: 15 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'on a 320 px screen, the keyboard alone signs in, and no page has a serious axe violation',
		{ timeout: 90_000 },
		async () => {
			const owner = person('Thabo Nkosi', 'Durban Awareness Collective');
			await createAccount(suite().url, owner);
			// The pages' Content-Security-Policy would refuse the injected axe script.
			const context = await newContext(suite(), undefined, { bypassCSP: true, viewport: { width: 320, height: 640 } });
			const check = async (page: Page, what: string) => {
				const violations = await seriousAxeViolations(page);
				expect(violations, `${what}:\n${violations.join('\n')}`).toEqual([]);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(width, `${what} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
			};
			try {
				const page = await context.newPage();
				await visit(page, `${suite().url}/signup`);
				await check(page, '/signup');

				await visit(page, `${suite().url}/signin`);
				await page.keyboard.press('Tab');
				expect(await isFocused(page.getByRole('link', { name: en['nav.skip_to_content'] }))).toBe(true);
				await page.keyboard.press('Enter');
				expect(await isFocused(page.getByRole('main'))).toBe(true);
				await page.keyboard.press('Tab');
				expect(await isFocused(page.getByLabel(en['fields.email']))).toBe(true);
				await page.keyboard.type(owner.email);
				await page.keyboard.press('Tab');
				const password = page.getByLabel(en['fields.password']);
				expect(await isFocused(password)).toBe(true);
				await page.keyboard.type(owner.password);
				await check(page, '/signin');
				expect(await isFocused(password)).toBe(true);
				await page.keyboard.press('Enter');

				await expectPath(page, '/');
				expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(
					en['home.welcome'].replace('{name}', owner.name)
				);
				await check(page, 'home, signed in');

				await page.getByRole('main').getByRole('link', { name: en['home.members'] }).click();
				await expectPath(page, /^\/organisations\/[^/]+\/members$/);
				await submitAndWait(page, page.getByRole('button', { name: en['members.create_link'] }));
				await page
					.getByRole('textbox', { name: en['members.invitation_link'].replace('{role}', en['role.editor']) })
					.waitFor();
				await check(page, 'members page, with an invitation link');
			} finally {
				await context.close();
			}
		}
	);
});
