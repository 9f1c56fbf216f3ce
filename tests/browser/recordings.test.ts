import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import type { HttpClient } from '../helpers/http';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';
import { answerUntilShown, enhanced, expectNoHorizontalScroll, RESPONDENT_TEXTS } from './respondent-support';
import { en, expectText, newContext, seriousAxeViolations, SESSION_COOKIE, useSuite, visit } from './support';

const enabled = browserAvailable();
const fr = RESPONDENT_TEXTS.fr;
const ar = RESPONDENT_TEXTS.ar;
const OPUS = new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/audio/tone.opus')));

/** Whether the question's player has played (its time moved on), and what error it met, if any. */
function playerState(page: Page, question: string) {
	return page
		.locator(`section.survey-page:not([hidden]) [data-field="${question}"] audio`)
		.evaluate((audio: HTMLAudioElement) => ({
			played: audio.played.length > 0 && audio.currentTime > 0,
			error: audio.error?.code ?? null
		}));
}

describe.skipIf(!enabled)('questions read aloud on a phone', () => {
	const suite = useSuite();
	let owner: HttpClient;
	let enumerator: HttpClient;
	let campaignId: string;
	let self: PublishedLink;
	let interview: PublishedLink;

	const record = async (question: string, language: string) => {
		const form = new FormData();
		form.set('file', new Blob([OPUS.slice()]), `${question}.opus`);
		const path = `/campaigns/${campaignId}/recordings?/upload&question=${question}&language=${language}`;
		expect((await owner.postMultipart(path, form)).status).toBe(200);
	};

	beforeAll(async () => {
		owner = await setUpOverHttp(suite().url, 'owner@example.org', 'Sahel Info');
		enumerator = await inviteOverHttp(owner, await activeOrganisationId(owner), 'enumerator', 'awa@example.org');
		const published = await publishOverHttp(suite().url, await createTokenOverHttp(owner));
		campaignId = published.campaignId;
		self = published.link('baseline', 'exposed');
		interview = published.link('baseline', 'comparison');
		const saved = await owner.post(`/campaigns/${campaignId}/links/${interview.id}?/settings`, {
			mode: 'enumerator',
			opensAt: '',
			closesAt: ''
		});
		expect(saved.status).toBe(200);
		for (const [question, language] of [
			['C0', 'fr'],
			['C0', 'ar'],
			['K1', 'fr'],
			['K2', 'fr']
		])
			await record(question, language);
		expect((await owner.post(`/campaigns/${campaignId}/recordings?/readAloud`, { readAloud: 'on' })).status).toBe(303);
	});

	test(
		'the recordings page fits a phone, reads to assistive technology, and takes a recording with its script',
		{
			timeout: 60_000
		},
		async () => {
			const context = await newContext(suite(), owner.cookie(SESSION_COOKIE), {
				viewport: { width: 360, height: 740 },
				bypassCSP: true
			});
			try {
				const page = await context.newPage();
				await visit(page, `${suite().url}/campaigns/${campaignId}`);
				await page.getByRole('link', { name: en['recordings.link'] }).click();
				await page.getByRole('heading', { level: 1, name: en['recordings.title'] }).waitFor();
				await expectNoHorizontalScroll(page, 360);
				expect(await seriousAxeViolations(page)).toEqual([]);
				const said = (key: keyof typeof en) => en[key].replace('{code}', 'K3').replace('{language}', 'Français');
				await page.getByLabel(said('recordings.file')).setInputFiles({
					name: 'k3.opus',
					mimeType: 'audio/ogg',
					buffer: Buffer.from(OPUS)
				});
				await page.locator('#rec-K3-fr').getByRole('button', { name: en['recordings.upload'] }).click();
				await expectText(page.getByRole('status'), said('recordings.saved'));
				const player = page.locator('#rec-K3-fr audio');
				expect(await player.getAttribute('preload')).toBe('none');
				expect(await player.getAttribute('aria-label')).toBe(said('recordings.listen'));
				await page
					.locator('#rec-K3-fr')
					.getByRole('button', { name: said('recordings.remove_label') })
					.click();
				await expectText(page.getByRole('status'), said('recordings.removed'));
				expect(await page.locator('#rec-K3-fr audio').count()).toBe(0);
			} finally {
				await context.close();
			}
		}
	);

	test(
		'a respondent’s page fetches no recording until Listen is pressed, then plays the page’s in turn',
		{
			timeout: 60_000
		},
		async () => {
			const context = await suite().browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
			try {
				const page = await context.newPage();
				const fetched: string[] = [];
				page.on('request', (request) => request.url().includes('/audio/') && fetched.push(request.url()));
				await page.goto(`${suite().url}/s/${self.token}?lang=fr`);
				await enhanced(page);
				await answerUntilShown(page, asFormAnswers(RESPONDENT), 'K1', 'fr');
				expect(fetched).toEqual([]);
				await expectNoHorizontalScroll(page, 360);
				expect(await seriousAxeViolations(page)).toEqual([]);
				const section = page.locator('section.survey-page:not([hidden])');
				await expect.poll(() => section.getByRole('button', { name: fr['survey.listen'] }).count()).toBe(0);
				expect(await section.locator('audio[aria-label]').count()).toBe(2);

				await section.getByRole('button', { name: fr['survey.listen_page'] }).click();
				await expectText(section.locator('[data-listen]'), fr['survey.listen_stop']);
				await expect.poll(() => playerState(page, 'K1'), { timeout: 10_000 }).toEqual({ played: true, error: null });
				// The first recording ended (two seconds): the second follows by itself, then the button is as it was.
				await expect.poll(() => playerState(page, 'K2'), { timeout: 15_000 }).toEqual({ played: true, error: null });
				await expectText(section.locator('[data-listen]'), fr['survey.listen_page'], 10_000);
				expect(fetched.every((url) => /\/audio\/K[12]\/fr\?v=\w{16}$/.test(url))).toBe(true);
			} finally {
				await context.close();
			}
		}
	);

	test(
		'an enumerator’s phone keeps the recordings of every language, and plays them with the network off',
		{
			timeout: 90_000
		},
		async () => {
			const context = await suite().browser.newContext({
				viewport: { width: 360, height: 740 },
				isMobile: true,
				hasTouch: true,
				bypassCSP: true
			});
			await context.addCookies([{ name: SESSION_COOKIE, value: enumerator.cookie(SESSION_COOKIE)!, url: suite().url }]);
			try {
				const page = await context.newPage();
				await page.goto(`${suite().url}/s/${interview.token}?lang=fr`);
				await enhanced(page);
				await expectText(page.locator('[data-queue="network"]'), fr['enumerator.ready_offline'], 15_000);
				await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
				const kept = await page.evaluate(async () =>
					(await (await caches.open('mesure-interviews')).keys())
						.map((request) => new URL(request.url).pathname)
						.filter((path) => path.includes('/audio/'))
						.sort()
				);
				expect(kept.map((path) => path.split('/audio/')[1])).toEqual(['C0/ar', 'C0/fr', 'K1/fr', 'K2/fr']);

				await context.setOffline(true);
				const answered: { status: number; fromServiceWorker: boolean }[] = [];
				page.on('response', (response) => {
					if (response.url().includes('/audio/'))
						answered.push({ status: response.status(), fromServiceWorker: response.fromServiceWorker() });
				});
				const address = await page.locator('[data-field="C0"] audio').getAttribute('src');
				// A media player's request for a range of bytes is answered from the phone, as the server would.
				const range = await page.evaluate(async (src) => {
					const response = await fetch(src!, { headers: { range: 'bytes=0-3' } });
					return {
						status: response.status,
						range: response.headers.get('content-range'),
						bytes: [...new Uint8Array(await response.arrayBuffer())]
					};
				}, address);
				expect(range).toEqual({ status: 206, range: `bytes 0-3/${OPUS.length}`, bytes: [...OPUS.slice(0, 4)] });
				expect(answered).toEqual([{ status: 206, fromServiceWorker: true }]);

				const section = page.locator('section.survey-page:not([hidden])');
				await section.getByRole('button', { name: fr['survey.listen_page'] }).click();
				await expect.poll(() => playerState(page, 'C0'), { timeout: 10_000 }).toEqual({ played: true, error: null });
				expect(answered.length).toBeGreaterThan(1);
				expect(answered.every((response) => response.fromServiceWorker)).toBe(true);

				// The Arabic form, kept too, plays its own recording offline.
				const reloaded = await page.goto(`${suite().url}/s/${interview.token}?lang=ar`);
				expect(reloaded?.fromServiceWorker()).toBe(true);
				await enhanced(page);
				const arabic = page.locator('section.survey-page:not([hidden])');
				expect(await arabic.locator('[data-field="C0"] audio').getAttribute('aria-label')).toBe(ar['survey.listen']);
				await arabic.getByRole('button', { name: ar['survey.listen_page'] }).click();
				await expect.poll(() => playerState(page, 'C0'), { timeout: 10_000 }).toEqual({ played: true, error: null });
			} finally {
				await context.close();
			}
		}
	);
});
