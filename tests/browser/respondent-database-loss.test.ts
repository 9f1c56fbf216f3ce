import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';
import { answerShownPage, enhanced, RESPONDENT_TEXTS } from './respondent-support';

const enabled = browserAvailable() && (await postgresAvailable());
const answers = asFormAnswers(RESPONDENT);
const texts = RESPONDENT_TEXTS.fr;

/** A respondent whose answers reach a PostgreSQL that cannot take them: the page keeps them and says so. */
describe.skipIf(!enabled)('a respondent sending while the database is out of reach, with JavaScript', () => {
	let server: RunningServer;
	let browser: Browser;
	let drop: () => Promise<void>;
	let link: PublishedLink;

	beforeAll(async () => {
		const scratch = await createScratchDatabase();
		drop = scratch.drop;
		[server, browser] = await Promise.all([startServer({ DATABASE_URL: scratch.url }), launchBrowser()]);
		const owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		link = (await publishOverHttp(server.url, await createTokenOverHttp(owner))).link('baseline', 'exposed');
	});
	afterAll(async () => {
		await browser?.close().catch(() => {});
		await server?.stop();
		await drop?.();
	});

	async function onAppDatabase(text: string): Promise<void> {
		const client = new pg.Client({ connectionString: server.env.DATABASE_URL });
		await client.connect();
		try {
			await client.query(text);
		} finally {
			await client.end();
		}
	}

	const shownPage = (page: Page) => page.locator('section.survey-page:not([hidden])').getAttribute('data-page');
	/** What the form's notice says now (null without a form or a notice). */
	const notice = (page: Page) =>
		page
			.locator('form[data-survey] .notice')
			.textContent({ timeout: 200 })
			.catch(() => null);
	const sendButton = (page: Page) =>
		page.locator('section.survey-page:not([hidden])').getByRole('button', { name: texts['nav.send'] });

	// Page after page in a real browser: past the default 30 s on a loaded machine (a full run of tests/browser beside
	// other suites); the limit is there for a test that hangs, not for a slow one.
	test(
		'keeps the form and its answers, says they were not saved, and sends them once the database is back',
		{ timeout: 90_000 },
		async () => {
			const context = await browser.newContext({ javaScriptEnabled: true });
			try {
				const page = await context.newPage();
				await page.goto(`${server.url}/s/${link.token}?lang=fr`, { waitUntil: 'load' });
				await enhanced(page);
				// Every page answered but the last, which the script shows without asking the server.
				for (let step = 0; (await sendButton(page).count()) === 0; step++) {
					if (step > 40) throw new Error('no last page');
					const before = await shownPage(page);
					await answerShownPage(page, answers, 'fr');
					await expect.poll(() => shownPage(page)).not.toBe(before);
				}
				const last = await shownPage(page);

				// The survey's link unreadable: reading the campaigns ends the connection, so no page of the survey can be made.
				await onAppDatabase(`
				create function lose_connection() returns boolean language plpgsql as $$
				begin perform pg_terminate_backend(pg_backend_pid()); return true; end $$;
				alter table campaigns rename to campaigns_kept;
				create view campaigns as select * from campaigns_kept where (select lose_connection());`);
				try {
					await answerShownPage(page, answers, 'fr');
					await expect.poll(() => notice(page), { timeout: 10_000 }).toBe(texts['problem.not_sent']);
				} finally {
					await onAppDatabase(
						'drop view campaigns; alter table campaigns_kept rename to campaigns; drop function lose_connection();'
					);
				}
				expect(new URL(page.url()).pathname).toBe(`/s/${link.token}`);
				expect(await shownPage(page)).toBe(last);
				expect(await page.locator('[name="D2"]').inputValue()).toBe('22');

				// The link readable, the answers not writable: the server's own page of the survey, answers kept, says so.
				await onAppDatabase(`
				create function lose_connection() returns trigger language plpgsql as $$
				begin perform pg_terminate_backend(pg_backend_pid()); return new; end $$;
				create trigger lose_connection before insert on responses for each row execute function lose_connection();`);
				try {
					await sendButton(page).click();
					await expect.poll(() => notice(page), { timeout: 10_000 }).toBe(texts['problem.not_saved']);
				} finally {
					await onAppDatabase('drop trigger lose_connection on responses; drop function lose_connection();');
				}
				expect(await shownPage(page)).toBe(last);
				expect(await page.locator('[name="D2"]').inputValue()).toBe('22');

				await sendButton(page).click();
				await page.waitForURL(/\/done\?/);
				expect(server.exited()).toBeNull();
			} finally {
				await context.close();
			}
		}
	);
});
