import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { HttpClient, mainOf } from '../helpers/http';
import { TINY_PNG } from '../helpers/images';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { countRows, dumpDatabase } from '../helpers/sqlite';
import { answerPageByPage, publishOverHttp, readSurveyPage, type PublishedLink } from '../helpers/survey-http';

describe('respondents’ pages, without JavaScript', () => {
	let server: RunningServer;
	let owner: HttpClient;
	let campaignId: string;
	let exposed: PublishedLink;
	let comparison: PublishedLink;
	const answers = asFormAnswers(RESPONDENT);
	const phone = { 'user-agent': 'TestPhone/1.0 (respondent)', 'x-forwarded-for': '198.51.100.23' };

	beforeAll(async () => {
		server = await startServer();
		owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const published = await publishOverHttp(server.url, await createTokenOverHttp(owner));
		campaignId = published.campaignId;
		exposed = published.link('baseline', 'exposed');
		comparison = published.link('baseline', 'comparison');
	});
	afterAll(async () => server.stop());

	it('asks for the language first, each named in itself, in the browser’s language, and sets no cookie', async () => {
		const response = await new HttpClient(server.url).get(`/s/${exposed.token}`, { 'accept-language': 'ar,fr;q=0.5' });
		expect(response.status).toBe(200);
		expect(response.headers.get('set-cookie')).toBeNull();
		const html = await response.text();
		expect(html).toMatch(/<html lang="ar" dir="rtl">/);
		expect(mainOf(html)).toContain('اختر لغتك');
		expect(mainOf(html)).toMatch(/href="\?lang=fr"[^>]*>Français</);
		expect(mainOf(html)).toMatch(/href="\?lang=ar"[^>]*>العربية</);
	});

	it('serves the page compressed, with its script and its inlined style', async () => {
		const response = await fetch(`${server.url}/s/${exposed.token}?lang=fr`, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(response.headers.get('content-encoding')).toBe('gzip');
		const html = await response.text();
		expect(html).toMatch(/<script type="module" src="\/_app\/immutable\/assets\/respondent\.[\w-]+\.js">/);
		expect(html).toContain('<style>');
		// SvelteKit keeps a disabled link to the inlined sheet, which browsers do not fetch.
		expect([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].every(([tag]) => tag.includes(' disabled'))).toBe(
			true
		);
		expect(html).not.toContain('__sveltekit');
	});

	it('takes a whole survey page after page, decided by the server, and stores it once', async () => {
		const client = new HttpClient(server.url);
		const path = `/s/${exposed.token}?lang=fr`;
		const { response, pages } = await answerPageByPage(client, path, answers, phone);
		expect(response.headers.get('location')).toBe(`/s/${exposed.token}/done?lang=fr&outcome=complete`);
		expect(pages[0]).toEqual(['C0']);
		expect(pages.flat()).not.toContain('C1');
		expect(pages.flat()).toContain('E2');
		const thanks = await client.get(response.headers.get('location')!);
		expect(mainOf(await thanks.text())).toContain('Vos réponses ont bien été reçues');
		expect(countRows(server.databasePath!, 'responses')).toBe(1);
	});

	it('stores nothing personal: no address, no browser, no cookie', async () => {
		// A survey sent from the phone's browser and address, whatever the tests before it sent.
		const { response } = await answerPageByPage(
			new HttpClient(server.url),
			`/s/${exposed.token}?lang=fr`,
			answers,
			phone
		);
		expect(response.headers.get('location')).toBe(`/s/${exposed.token}/done?lang=fr&outcome=complete`);
		const stored = dumpDatabase(server.databasePath!);
		expect(stored).not.toContain('TestPhone');
		expect(stored).not.toContain('198.51.100.23');
	});

	it('shows the same thank-you page for a double tap or a resubmission, and stores the response once', async () => {
		const client = new HttpClient(server.url);
		const path = `/s/${comparison.token}?lang=ar`;
		const { hidden } = readSurveyPage(await (await client.get(path)).text());
		const lastPage = String(
			Math.max(...[...(await (await client.get(path)).text()).matchAll(/data-page="(\d+)"/g)].map((m) => Number(m[1])))
		);
		const form = { ...hidden, ...answers, _page: lastPage, _nav: 'next' };
		const before = countRows(server.databasePath!, 'responses');
		const sent = await Promise.all([client.post(path, form), client.post(path, form), client.post(path, form)]);
		expect(sent.map((r) => r.status)).toEqual([303, 303, 303]);
		expect(new Set(sent.map((r) => r.headers.get('location')))).toEqual(
			new Set([`/s/${comparison.token}/done?lang=ar&outcome=complete`])
		);
		expect((await client.post(path, form)).headers.get('location')).toBe(sent[0].headers.get('location'));
		expect(countRows(server.databasePath!, 'responses')).toBe(before + 1);
	});

	it('names the question and the problem in the respondent’s language, and keeps every answer', async () => {
		const client = new HttpClient(server.url);
		for (const [language, expected] of [
			['fr', 'Merci de donner un nombre entier.'],
			['ar', 'يرجى كتابة عدد صحيح.']
		] as const) {
			const path = `/s/${exposed.token}?lang=${language}`;
			const { hidden } = readSurveyPage(await (await client.get(path)).text());
			const response = await client.post(path, {
				...hidden,
				C0: 'yes',
				D1: 'female',
				D2: 'vingt-deux',
				_page: '1',
				_nav: 'next'
			});
			expect(response.status).toBe(400);
			const main = mainOf(await response.text());
			expect(main).toContain(expected);
			expect(main).toMatch(/role="alert"/);
			expect(main).toMatch(/name="D2"[^>]*value="vingt-deux"/);
			expect(main).toMatch(/value="female" checked/);
			expect(readSurveyPage(main).fields).toEqual(['D1', 'D2']);
		}
	});

	it('goes back a page without checking it, keeping the answers', async () => {
		const client = new HttpClient(server.url);
		const path = `/s/${exposed.token}?lang=fr`;
		const { hidden } = readSurveyPage(await (await client.get(path)).text());
		const response = await client.post(path, { ...hidden, C0: 'yes', D1: 'male', _page: '1', _nav: 'back' });
		const html = await response.text();
		expect(readSurveyPage(html).fields).toEqual(['C0']);
		expect(html).toMatch(/name="D1" value="male" checked/);
	});

	it.each([
		['a refusal', { C0: 'no' }, 0, 'refused', 'Merci pour votre temps'],
		['a child of 12', { C0: 'yes', D1: 'male', D2: '12' }, 1, 'not_eligible', '15 ans ou plus']
	])('ends politely on %s and only counts it', async (_, given, page, outcome, text) => {
		const client = new HttpClient(server.url);
		const path = `/s/${exposed.token}?lang=fr`;
		const { hidden } = readSurveyPage(await (await client.get(path)).text());
		const before = countRows(server.databasePath!, 'survey_endings');
		const response = await client.post(path, { ...hidden, ...given, _page: String(page), _nav: 'next' });
		expect(response.headers.get('location')).toBe(`/s/${exposed.token}/done?lang=fr&outcome=${outcome}`);
		expect(mainOf(await (await client.get(response.headers.get('location')!)).text())).toContain(text);
		expect(countRows(server.databasePath!, 'survey_endings')).toBe(before + 1);
	});

	it('says an unknown link does not exist, in the browser’s language, with a 404', async () => {
		const response = await fetch(`${server.url}/s/nosuchtoken0000000000000000000000`, {
			headers: { 'accept-language': 'pt-BR,pt' }
		});
		expect(response.status).toBe(404);
		const html = await response.text();
		expect(html).toMatch(/<html lang="pt"/);
		expect(mainOf(html)).toContain('Este link de inquérito não existe');
	});

	it('shows the campaign’s page with the responses and endings of each link', async () => {
		// The counts of every link summed, before and after one response, one refusal and one child of 12 of its own.
		const counts = async () => {
			const page = mainOf(await (await owner.get(`/campaigns/${campaignId}`)).text());
			const sum = (pattern: RegExp) =>
				[...page.matchAll(pattern)].reduce((total, [, count]) => total + Number(count), 0);
			return {
				responses: sum(/Responses: (\d+)<\/strong>/g),
				refused: sum(/Refused to take part: (\d+)/g),
				under15: sum(/Under 15: (\d+)/g)
			};
		};
		const before = await counts();
		const path = `/s/${exposed.token}?lang=fr`;
		await answerPageByPage(new HttpClient(server.url), path, answers, phone);
		for (const [given, page] of [
			[{ C0: 'no' }, 0],
			[{ C0: 'yes', D1: 'male', D2: '12' }, 1]
		] as const) {
			const client = new HttpClient(server.url);
			const { hidden } = readSurveyPage(await (await client.get(path)).text());
			expect((await client.post(path, { ...hidden, ...given, _page: String(page), _nav: 'next' })).status).toBe(303);
		}
		expect(await counts()).toEqual({
			responses: before.responses + 1,
			refused: before.refused + 1,
			under15: before.under15 + 1
		});
	});

	it('shows the campaign’s logo, small and kept by the phone, once an editor gives one (and refuses an SVG)', async () => {
		const upload = (bytes: Uint8Array, name: string) => {
			const form = new FormData();
			form.append('file', new Blob([bytes.slice()]), name);
			return owner.postMultipart(`/campaigns/${campaignId}/logo?/upload`, form);
		};
		expect((await upload(new TextEncoder().encode('<svg onload="alert(1)"/>'), 'logo.svg')).status).toBe(422);
		expect((await upload(TINY_PNG, 'logo.png')).status).toBe(200);
		const page = await (await fetch(`${server.url}/s/${exposed.token}?lang=fr`)).text();
		const src = /<img class="logo" src="([^"]+)"/.exec(page)?.[1];
		expect(src).toMatch(new RegExp(`^/s/${exposed.token}/logo\\?v=\\w+$`));
		const logo = await fetch(`${server.url}${src}`);
		expect(logo.headers.get('content-type')).toBe('image/png');
		expect(logo.headers.get('cache-control')).toContain('immutable');
		expect(new Uint8Array(await logo.arrayBuffer())).toEqual(TINY_PNG);
	});

	it('takes the last page at its own address, before the app or through it, and sends anything wrong back to the page', async () => {
		const signedIn = owner;
		const anonymous = new HttpClient(server.url);
		const path = `/s/${exposed.token}/send?lang=fr`;
		const form = (client: string, changes: Record<string, string> = {}) => ({
			...answers,
			_client: client,
			_version: '1',
			_page: '16',
			_nav: 'next',
			...changes
		});
		const before = countRows(server.databasePath!, 'responses');
		for (const [client, who] of [
			['sendfastpath0001', anonymous],
			['sendapppath00001', signedIn]
		] as const) {
			const sent = await who.post(path, form(client));
			expect(sent.status).toBe(303);
			expect(sent.headers.get('location')).toBe(`/s/${exposed.token}/done?lang=fr&outcome=complete`);
			expect((await who.post(path, form(client))).headers.get('location')).toBe(sent.headers.get('location'));
		}
		expect(countRows(server.databasePath!, 'responses')).toBe(before + 2);

		const wrong = await anonymous.post(path, form('sendwrongone0001', { K1: 'peut-être' }));
		expect(wrong.status).toBe(307);
		expect(wrong.headers.get('location')).toBe(`/s/${exposed.token}?lang=fr`);
		const shown = await anonymous.post(wrong.headers.get('location')!, form('sendwrongone0001', { K1: 'peut-être' }));
		expect(shown.status).toBe(400);
		expect(readSurveyPage(await shown.text()).fields).toContain('K1');
		expect(countRows(server.databasePath!, 'responses')).toBe(before + 2);

		const forged = await fetch(`${server.url}${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
			body: new URLSearchParams(form('sendforgedone001'))
		});
		expect(forged.status).toBe(403);
		expect(countRows(server.databasePath!, 'responses')).toBe(before + 2);
	});
});
