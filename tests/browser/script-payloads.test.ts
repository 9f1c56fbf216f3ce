import { describe, expect, test } from 'vitest';
import { createTokenOverHttp, setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import { campaignBody } from '../helpers/fixtures';
import { respondentAnswers } from '../helpers/responses';
import { newContext, SESSION_COOKIE, useSuite, visit } from './support';

const enabled = browserAvailable();

/** Markup that runs a script if anything puts it in a page as HTML: it sets a flag, or opens a dialog. */
const PAYLOAD = `<img src=x onerror="window.__ran=1;alert(1)"><script>window.__ran=2;alert(2)</script>`;
const TITLE = `Campagne ${PAYLOAD}`.slice(0, 200);

describe.skipIf(!enabled)('script payloads in campaign titles, custom questions and translations', () => {
	const suite = useSuite();

	test(
		'render as text on every page that shows them, even with the Content-Security-Policy off',
		{ timeout: 90_000 },
		async () => {
			const { url } = suite();
			const owner = await setUpOverHttp(url, 'owner@example.org', 'Sahel Info');
			const token = await createTokenOverHttp(owner);
			const donor = await signUpOverHttp(url, 'donor@example.org', 'Fonds Sahel', 'donor');
			const api = (path: string, method = 'GET', body?: unknown, as = token) =>
				fetch(`${url}/api/v1${path}`, {
					method,
					headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json' },
					body: body === undefined ? undefined : JSON.stringify(body)
				});

			const created = await api(
				'/campaigns',
				'POST',
				campaignBody({
					title: TITLE,
					description: PAYLOAD,
					regions: [{ code: 'tamba', name: PAYLOAD.slice(0, 100) }],
					signatureMessages: [
						{ fr: `La mer ${PAYLOAD}`, en: `The sea ${PAYLOAD}` },
						{ fr: 'Le passeur ment.', en: 'The smuggler lies.' }
					],
					placeboMessage: { fr: PAYLOAD, en: PAYLOAD }
				})
			);
			expect(created.status).toBe(201);
			const campaignId = (await created.json()).id as string;
			const question = {
				code: 'q_payload',
				type: 'single',
				label: { fr: PAYLOAD, en: PAYLOAD },
				hint: { fr: PAYLOAD, en: PAYLOAD },
				options: [
					{ code: 'a', label: { fr: PAYLOAD, en: PAYLOAD } },
					{ code: 'b', label: { fr: 'B', en: 'B' } }
				]
			};
			expect((await api(`/campaigns/${campaignId}/questions`, 'POST', [question])).status).toBe(201);
			expect((await api(`/campaigns/${campaignId}/publish`, 'POST')).status).toBe(200);
			const links = (await (await api(`/campaigns/${campaignId}/survey`)).json()).links as {
				token: string;
				wave: string;
				group: string;
			}[];
			const baseline = links.find((link) => link.wave === 'baseline' && link.group === 'exposed')!;
			const sent = await fetch(`${url}/api/v1/collect/${baseline.token}/responses`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: url },
				body: JSON.stringify({ clientId: 'payload-0001', language: 'fr', answers: respondentAnswers({ D3: 'tamba' }) })
			});
			expect(sent.status).toBe(201);
			const donorOrganisation = (
				await (await api('/organisations', 'GET', undefined, await createTokenOverHttp(donor))).json()
			).organisations[0].id;
			expect((await api(`/campaigns/${campaignId}/shares`, 'POST', { organisationId: donorOrganisation })).status).toBe(
				200
			);
			const publicUrl = (await (await api(`/campaigns/${campaignId}/public-report`, 'POST')).json()).url as string;

			const ownerContext = await newContext(suite(), owner.cookie(SESSION_COOKIE), { bypassCSP: true });
			const donorContext = await newContext(suite(), donor.cookie(SESSION_COOKIE), { bypassCSP: true });
			const anonymous = await newContext(suite(), undefined, { bypassCSP: true });
			const dialogs: string[] = [];
			try {
				const pages: [typeof ownerContext, string][] = [
					[ownerContext, `/campaigns/${campaignId}`],
					[ownerContext, `/campaigns?q=Campagne`],
					[ownerContext, `/campaigns/${campaignId}/survey`],
					[ownerContext, `/campaigns/${campaignId}/survey/questions/q_payload`],
					[ownerContext, `/campaigns/${campaignId}/translations`],
					[ownerContext, `/campaigns/${campaignId}/preview`],
					[ownerContext, `/campaigns/${campaignId}/results?by=region`],
					[ownerContext, `/campaigns/${campaignId}/data`],
					[ownerContext, `/compare`],
					[donorContext, `/campaigns`],
					[donorContext, `/campaigns/${campaignId}/results`],
					[anonymous, `/s/${baseline.token}?lang=fr`],
					[anonymous, publicUrl.replace(url, '')]
				];
				for (const [context, path] of pages) {
					const page = await context.newPage();
					page.on('dialog', async (dialog) => {
						dialogs.push(`${path}: ${dialog.message()}`);
						await dialog.dismiss();
					});
					// The respondent's pages run no framework script: loaded, not hydrated.
					if (path.startsWith('/s/')) await page.goto(`${url}${path}`, { waitUntil: 'load' });
					else await visit(page, `${url}${path}`);
					expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran), path).toBeUndefined();
					expect(await page.locator('img[src="x"]').count(), path).toBe(0);
					await page.close();
				}
				// Shown, as the text it is, where a title is shown.
				const page = await ownerContext.newPage();
				await visit(page, `${url}/campaigns/${campaignId}`);
				expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
				await page.close();
			} finally {
				await Promise.all([ownerContext.close(), donorContext.close(), anonymous.close()]);
			}
			expect(dialogs).toEqual([]);
		}
	);
});
