import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import type { HttpClient } from '../helpers/http';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import { countRows } from '../helpers/sqlite';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';
import { answerInterview, answerShownPage, enhanced, RESPONDENT_TEXTS } from './respondent-support';
import { expectText, seriousAxeViolations, SESSION_COOKIE, useSuite } from './support';

const enabled = browserAvailable();
const fr = RESPONDENT_TEXTS.fr;
const fill = (text: string, count: number) => text.replace('{count}', String(count));

describe.skipIf(!enabled)('an enumerator interviewing where there is no network', () => {
	const suite = useSuite();
	let enumerator: HttpClient;
	let link: PublishedLink;

	beforeAll(async () => {
		const owner = await setUpOverHttp(suite().url, 'owner@example.org', 'Sahel Info');
		enumerator = await inviteOverHttp(owner, await activeOrganisationId(owner), 'enumerator', 'awa@example.org');
		const published = await publishOverHttp(suite().url, await createTokenOverHttp(owner));
		link = published.link('baseline', 'comparison');
		const saved = await owner.post(`/campaigns/${published.campaignId}/links/${link.id}?/settings`, {
			mode: 'enumerator',
			opensAt: '',
			closesAt: ''
		});
		expect(saved.status).toBe(200);
	});

	async function phone(): Promise<BrowserContext> {
		const context = await suite().browser.newContext({
			viewport: { width: 360, height: 740 },
			isMobile: true,
			hasTouch: true,
			acceptDownloads: true,
			bypassCSP: true
		});
		await context.addCookies([{ name: SESSION_COOKIE, value: enumerator.cookie(SESSION_COOKIE)!, url: suite().url }]);
		return context;
	}

	const stored = () => countRows(suite().server.databasePath!, 'responses', `link_id = '${link.id}'`);
	const summary = (page: Page) => page.locator('[data-queue="summary"]');

	// Page after page in a real browser: past the default 30 s on a loaded machine (a full run of tests/browser beside
	// other suites); the limit is there for a test that hangs, not for a slow one.
	test(
		'three interviews offline, a reload, a cut connection, then a sync, a replay and an import elsewhere: three responses',
		{ timeout: 90_000 },
		async () => {
			const context = await phone();
			try {
				const page = await context.newPage();
				await page.goto(`${suite().url}/s/${link.token}?lang=fr`);
				await enhanced(page);
				await expectText(page.locator('[data-queue="network"]'), fr['enumerator.ready_offline'], 10_000);
				await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
				expect(await seriousAxeViolations(page)).toEqual([]);

				await context.setOffline(true);
				expect(
					await page.evaluate(() =>
						fetch('/robots.txt').then(
							() => 'online',
							() => 'offline'
						)
					)
				).toBe('offline');
				for (let i = 0; i < 2; i++) {
					await answerInterview(page, asFormAnswers({ ...RESPONDENT, D2: 30 + i }), 'fr');
					await expectText(summary(page), new RegExp(`^${fill(fr['enumerator.waiting'], i + 1)}`));
				}
				expect(stored()).toBe(0);

				// The page comes back from the phone, offline; the interviews are still there, and the next one is a new one.
				const reloaded = await page.reload();
				expect(reloaded?.fromServiceWorker()).toBe(true);
				await enhanced(page);
				await expectText(summary(page), new RegExp(`^${fill(fr['enumerator.waiting'], 2)}`));
				await answerInterview(page, asFormAnswers({ ...RESPONDENT, D2: 40 }), 'fr');
				await expectText(summary(page), new RegExp(`^${fill(fr['enumerator.waiting'], 3)}`));
				expect(await page.locator('[data-queue="list"] li[data-status="waiting"]').count()).toBe(3);

				// A last resort, before anything is sent: the waiting interviews in a file, for another phone.
				const download = page.waitForEvent('download');
				await page.getByRole('button', { name: fr['enumerator.export'] }).click();
				const file = await (await download).path();
				const saved = JSON.parse(readFileSync(file, 'utf8'));
				expect(saved).toMatchObject({ format: 'mesure-interviews', version: 1 });
				expect(saved.interviews).toHaveLength(3);
				expect(new Set(saved.interviews.map((interview: { clientId: string }) => interview.clientId)).size).toBe(3);

				const sent: string[] = [];
				page.on(
					'request',
					(request) => request.url().includes('/api/v1/collect/') && sent.push(request.postData() ?? '')
				);
				let cut = true;
				await page.route('**/api/v1/collect/**', async (route) => {
					if (!cut) return route.continue();
					cut = false;
					// The server takes the first interview, and the answer is lost on the way back.
					await route.fetch();
					await route.abort('connectionreset');
				});
				await context.setOffline(false);
				await expect.poll(() => stored(), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
				await page.getByRole('button', { name: fr['enumerator.send_now'] }).click();
				await expectText(
					summary(page),
					new RegExp(`^${fill(fr['enumerator.waiting'], 0)} · ${fill(fr['enumerator.sent'], 3)}`),
					10_000
				);
				expect(stored()).toBe(3);

				for (const body of new Set(sent)) {
					const replay = await context.request.post(`${suite().url}/api/v1/collect/${link.token}/responses`, {
						data: JSON.parse(body),
						headers: { origin: suite().url }
					});
					expect(replay.status()).toBe(200);
					expect(await replay.json()).toMatchObject({ duplicate: true });
				}
				expect(stored()).toBe(3);

				const other = await phone();
				try {
					const second = await other.newPage();
					await second.goto(`${suite().url}/s/${link.token}?lang=fr`);
					await enhanced(second);
					await second.getByLabel(fr['enumerator.import']).setInputFiles(file);
					await expectText(summary(second), new RegExp(`${fill(fr['enumerator.sent'], 3)}`), 10_000);
				} finally {
					await other.close();
				}
				expect(stored()).toBe(3);
				const rows = countRows(
					suite().server.databasePath!,
					'responses',
					`link_id = '${link.id}' and mode = 'enumerator' and collected_by_user_id is not null`
				);
				expect(rows).toBe(3);
			} finally {
				await context.close();
			}
		}
	);

	// Page after page in a real browser: 11 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'a refusal after going back is kept and sent like an interview, and only counted',
		{ timeout: 90_000 },
		async () => {
			const context = await phone();
			try {
				const page = await context.newPage();
				await page.goto(`${suite().url}/s/${link.token}?lang=fr`);
				await enhanced(page);
				const before = countRows(suite().server.databasePath!, 'survey_endings', `link_id = '${link.id}'`);
				await answerShownPage(page, { C0: 'yes' }, 'fr');
				await answerShownPage(page, { D1: 'male', D2: '30' }, 'fr');
				for (let back = 0; back < 2; back++)
					await page.locator('section.survey-page:not([hidden])').getByRole('button', { name: fr['nav.back'] }).click();
				await answerShownPage(page, { C0: 'no' }, 'fr');
				await expectText(
					summary(page),
					new RegExp(`^${fill(fr['enumerator.waiting'], 0)} · ${fill(fr['enumerator.sent'], 1)}`),
					10_000
				);
				await expect
					.poll(() => countRows(suite().server.databasePath!, 'survey_endings', `link_id = '${link.id}'`), {
						timeout: 10_000
					})
					.toBe(before + 1);
				expect(await page.locator('section.survey-page:not([hidden]) [data-field="C0"]').count()).toBe(1);
				expect(await page.locator('input[name="C0"]:checked').count()).toBe(0);
			} finally {
				await context.close();
			}
		}
	);
});
