import { beforeAll, describe, expect, test } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import type { HttpClient } from '../helpers/http';
import { asFormAnswers, RESPONDENT, respondentAnswers } from '../helpers/responses';
import { countRows } from '../helpers/sqlite';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';
import { answerShownPage, enhanced, RESPONDENT_TEXTS } from './respondent-support';
import {
	en,
	expectText,
	newContext,
	seriousAxeViolations,
	SESSION_COOKIE,
	submitAndWait,
	useSuite,
	visit
} from './support';

const enabled = browserAvailable();
const fr = RESPONDENT_TEXTS.fr;

describe.skipIf(!enabled)('an enumerator interviewing in a clustered panel', () => {
	const suite = useSuite();
	let enumerator: HttpClient;
	let endline: PublishedLink;
	let owner: HttpClient;
	let campaignId: string;

	beforeAll(async () => {
		owner = await setUpOverHttp(suite().url, 'owner@example.org', 'Sahel Info');
		enumerator = await inviteOverHttp(owner, await activeOrganisationId(owner), 'enumerator', 'awa@example.org');
		const token = await createTokenOverHttp(owner);
		const published = await publishOverHttp(suite().url, token);
		campaignId = published.campaignId;
		const design = await fetch(`${suite().url}/api/v1/campaigns/${published.campaignId}/design`, {
			method: 'PUT',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify({
				clusters: [
					{ code: 'V01', name: 'Ndioum', stratum: 'north', weight: 10 },
					{ code: 'V02', name: 'Podor', stratum: 'north', weight: 12 }
				],
				panel: true
			})
		});
		expect(design.status).toBe(200);
		// Someone interviewed at baseline in Podor, whose card says P-0001, sent by the owner's tool.
		const interviews = { mode: 'enumerator', opensAt: '', closesAt: '' };
		const baselineLink = published.link('baseline', 'exposed');
		const settings = `/campaigns/${published.campaignId}/links/${baselineLink.id}?/settings`;
		expect((await owner.post(settings, interviews)).status).toBe(200);
		const baseline = await fetch(`${suite().url}/api/v1/collect/${baselineLink.token}/responses`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
			body: JSON.stringify({
				clientId: 'baseline-p0001',
				language: 'fr',
				answers: respondentAnswers(),
				cluster: 'V02',
				panelCode: 'P-0001'
			})
		});
		expect(baseline.status).toBe(201);
		endline = published.link('endline', 'exposed');
		const saved = await owner.post(`/campaigns/${published.campaignId}/links/${endline.id}?/settings`, {
			mode: 'enumerator',
			opensAt: '',
			closesAt: ''
		});
		expect(saved.status).toBe(200);
	});

	test(
		'shows the owner the sampling design page at 320 px, with no serious axe violation',
		{ timeout: 60_000 },
		async () => {
			const context = await newContext(suite(), owner.cookie(SESSION_COOKIE)!, {
				viewport: { width: 320, height: 640 },
				bypassCSP: true
			});
			try {
				const page = await context.newPage();
				await visit(page, `${suite().url}/campaigns/${campaignId}/design`);
				await page.getByRole('heading', { level: 1, name: en['design.title'] }).waitFor();
				const answer = await submitAndWait(page, page.getByRole('button', { name: en['design.links_make'] }));
				expect(answer).toMatchObject({ type: 'success', status: 200 });
				const flyers = page.getByRole('main').getByRole('link', { name: en['links.qr_and_flyer'] });
				await flyers.nth(1).waitFor();
				expect(await flyers.count()).toBe(2);
				expect(await seriousAxeViolations(page)).toEqual([]);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
				// Each cluster's flyer names its cluster, so that the team posts it in its own village.
				const linkPage = await flyers.nth(1).getAttribute('href');
				const rowText = await flyers.nth(1).locator('xpath=..').innerText();
				const code = /V0\d/.exec(rowText)![0];
				await visit(page, `${suite().url}${linkPage}/flyer`);
				expect(await page.locator('.flyer').innerText()).toContain(code);
			} finally {
				await context.close();
			}
		}
	);

	test(
		'chooses the village and finds the panel code among the baseline’s offline, then sends both with the interview',
		{ timeout: 90_000 },
		async () => {
			const context = await suite().browser.newContext({
				viewport: { width: 360, height: 740 },
				isMobile: true,
				bypassCSP: true
			});
			await context.addCookies([{ name: SESSION_COOKIE, value: enumerator.cookie(SESSION_COOKIE)!, url: suite().url }]);
			try {
				const page = await context.newPage();
				await page.goto(`${suite().url}/s/${endline.token}?lang=fr`);
				await enhanced(page);
				await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
				expect(await seriousAxeViolations(page)).toEqual([]);
				await context.setOffline(true);

				await page.getByLabel(fr['interview.cluster']).selectOption('V02');
				const code = page.getByLabel(fr['interview.panel']);
				await code.fill('P-0009');
				await expectText(page.locator('#interview-panel-status'), fr['interview.panel_new']);
				await code.fill('Moussa');
				await expectText(page.locator('#interview-panel-status'), fr['problem.panel_code_invalid']);
				expect(await code.getAttribute('aria-invalid')).toBe('true');
				// Answered to the end with a code the server would refuse, the interview is not kept: the code is to be
				// put right while the respondent is still there.
				const answers = asFormAnswers(RESPONDENT);
				const save = page
					.locator('section.survey-page:not([hidden])')
					.getByRole('button', { name: fr['nav.save_interview'] });
				for (let step = 0; step < 40 && !(await save.isVisible()); step++) await answerShownPage(page, answers, 'fr');
				await answerShownPage(page, answers, 'fr');
				await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('interview-panel');
				expect(await code.inputValue()).toBe('Moussa');
				await code.fill('P-0001');
				await expectText(page.locator('#interview-panel-status'), fr['interview.panel_found']);
				expect(await code.getAttribute('aria-invalid')).toBeNull();
				await save.click();
				await expect.poll(() => code.inputValue()).toBe('');
				// The next interview is in the same village, with a card of its own to read.
				expect(await page.getByLabel(fr['interview.cluster']).inputValue()).toBe('V02');
				expect(await code.inputValue()).toBe('');

				await context.setOffline(false);
				const stored = () =>
					countRows(
						suite().server.databasePath!,
						'responses r join campaign_clusters k on k.id = r.cluster_id',
						`r.link_id = '${endline.id}' and k.code = 'V02' and r.panel_code = 'P-0001'`
					);
				await expect.poll(stored, { timeout: 15_000 }).toBe(1);
			} finally {
				await context.close();
			}
		}
	);
});
