import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as fr } from '$lib/i18n/catalogues/fr';
import { RESPONDENT_TEXTS } from '$lib/survey/respondent-texts';
import { activeOrganisationId, createTokenOverHttp, PASSWORD, setUpOverHttp } from '../helpers/accounts';
import { HttpClient, mainOf } from '../helpers/http';
import { asFormAnswers, RESPONDENT, respondentAnswers } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { countRows } from '../helpers/sqlite';
import { publishOverHttp, readSurveyPage, type PublishedLink } from '../helpers/survey-http';

const MISSING = 'ADDRESS_HEADER x-forwarded-for is set but a request came without it: is the proxy setting it?';
const TOO_FEW = 'XFF_DEPTH is 2 but a request came with fewer addresses in x-forwarded-for';
/** Two proxies in front of the app, as XFF_DEPTH=2 says: the client's address and the outer proxy's. */
const THROUGH_PROXIES = { 'x-forwarded-for': '198.51.100.7, 203.0.113.2' };
/** What each kind of request may come with when the proxies do not do their part. */
const WITHOUT: [string, Record<string, string>][] = [
	['no x-forwarded-for', {}],
	['one address where two proxies add theirs', { 'x-forwarded-for': '198.51.100.7' }],
	['no x-forwarded-for, again', {}]
];

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('ADDRESS_HEADER set and a request without the header', () => {
	let server: RunningServer;
	let self: PublishedLink;
	let interviews: PublishedLink;
	let enumerator: HttpClient;

	beforeAll(async () => {
		server = await startServer({ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '2' });
		const owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const published = await publishOverHttp(server.url, await createTokenOverHttp(owner));
		self = published.link('baseline', 'exposed');
		interviews = published.link('baseline', 'comparison');
		const settings = { mode: 'enumerator', opensAt: '', closesAt: '' };
		expect(
			(await owner.post(`/campaigns/${published.campaignId}/links/${interviews.id}?/settings`, settings)).status
		).toBe(200);
		const organisationId = await activeOrganisationId(owner);
		const invitation = /\/invite\/([a-z2-7]{32})/.exec(
			await (await owner.post(`/organisations/${organisationId}/members?/invite`, { role: 'enumerator' })).text()
		)![1];
		enumerator = new HttpClient(server.url, THROUGH_PROXIES);
		const joined = await enumerator.post(`/signup?invite=${invitation}`, {
			name: 'enumerator',
			email: 'enumerator@example.org',
			password: PASSWORD
		});
		expect(joined.status).toBe(303);
	});
	afterAll(async () => server.stop());

	it('refuses a sign-in with a 400 and its message, in the user’s language', async () => {
		for (const [what, headers] of WITHOUT) {
			const refused = await new HttpClient(server.url, { 'accept-language': 'fr', ...headers }).post('/signin', {
				email: 'owner@example.org',
				password: PASSWORD
			});
			expect(refused.status, what).toBe(400);
			expect(mainOf(await refused.text()), what).toContain(fr['errors.address_unknown']);
		}
		const signedIn = await new HttpClient(server.url, THROUGH_PROXIES).post('/signin', {
			email: 'owner@example.org',
			password: PASSWORD
		});
		expect(signedIn.status).toBe(303);
	});

	it('refuses a respondent’s response on the collection API with a 400 JSON error; an enumerator’s, not counted by address, is taken', async () => {
		const collect = (token: string, clientId: string, headers: Record<string, string>) =>
			fetch(`${server.url}/api/v1/collect/${token}/responses`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'accept-language': 'fr', ...headers },
				body: JSON.stringify({ clientId, language: 'fr', answers: respondentAnswers() })
			});
		const before = countRows(server.databasePath!, 'responses');
		for (const [what, headers] of WITHOUT) {
			const refused = await collect(self.token, 'noaddress-api-01', headers);
			expect(refused.status, what).toBe(400);
			expect(await refused.json(), what).toEqual({
				error: { code: 'bad_request', message: fr['errors.address_unknown'] }
			});
		}
		expect(countRows(server.databasePath!, 'responses')).toBe(before);
		expect((await collect(self.token, 'noaddress-api-01', THROUGH_PROXIES)).status).toBe(201);
		const interview = await collect(interviews.token, 'noaddress-enum-01', {
			cookie: `mesure_session=${enumerator.cookie('mesure_session')}`
		});
		expect(interview.status).toBe(201);
		expect(countRows(server.databasePath!, 'responses')).toBe(before + 2);
	});

	it('sends a respondent’s last page back to the survey, which says it with a 400 and keeps the form', async () => {
		const path = `/s/${self.token}/send?lang=fr`;
		const form = {
			...asFormAnswers(RESPONDENT),
			_client: 'noaddresssend001',
			_version: '1',
			_page: '16',
			_nav: 'next'
		};
		const before = countRows(server.databasePath!, 'responses');
		for (const [what, headers] of WITHOUT) {
			const respondent = new HttpClient(server.url, headers);
			const sent = await respondent.post(path, form);
			expect(sent.status, what).toBe(307);
			expect(sent.headers.get('location'), what).toBe(`/s/${self.token}?lang=fr`);
			const shown = await respondent.post(sent.headers.get('location')!, form);
			expect(shown.status, what).toBe(400);
			const html = await shown.text();
			expect(mainOf(html), what).toContain(RESPONDENT_TEXTS.fr['problem.no_address']);
			expect(readSurveyPage(html).hidden._client, what).toBe('noaddresssend001');
		}
		expect(countRows(server.databasePath!, 'responses')).toBe(before);
		const sent = await new HttpClient(server.url, THROUGH_PROXIES).post(path, form);
		expect(sent.status).toBe(303);
		expect(countRows(server.databasePath!, 'responses')).toBe(before + 1);
	});

	it('says each misconfiguration once in the log, and nothing failed', async () => {
		// Each request without the addresses it should carry, whatever the tests before it sent: said once all the same.
		for (const [what, headers] of WITHOUT) {
			expect(
				(await new HttpClient(server.url, headers).post('/signin', { email: 'owner@example.org', password: PASSWORD }))
					.status,
				what
			).toBe(400);
		}
		const logs = server.logs();
		expect(occurrences(logs, MISSING)).toBe(1);
		expect(occurrences(logs, TOO_FEW)).toBe(1);
		expect(logs).not.toMatch(/error [0-9a-f-]{36}|\n\s+at /);
	});
});
