import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { HttpClient, mainOf } from '../helpers/http';
import { asFormAnswers, RESPONDENT, respondentAnswers } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';

describe('collection links: the API, enumerator links, and links that are not open', () => {
	let server: RunningServer;
	let owner: HttpClient;
	let enumerator: HttpClient;
	let viewer: HttpClient;
	let ownerToken: string;
	let campaignId: string;
	let self: PublishedLink;
	let interviews: PublishedLink;
	let later: PublishedLink;
	let classroom: PublishedLink;

	const collect = (token: string, body: unknown, headers: Record<string, string> = {}) =>
		fetch(`${server.url}/api/v1/collect/${token}/responses`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: server.url, ...headers },
			body: typeof body === 'string' ? body : JSON.stringify(body)
		});
	const response = (clientId: string, answers = respondentAnswers()) => ({ clientId, language: 'fr', answers });
	const setLink = (link: PublishedLink, settings: Record<string, string>) =>
		owner.post(`/campaigns/${campaignId}/links/${link.id}?/settings`, {
			mode: link.mode,
			opensAt: '',
			closesAt: '',
			...settings
		});

	beforeAll(async () => {
		server = await startServer();
		owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const organisationId = await activeOrganisationId(owner);
		enumerator = await inviteOverHttp(owner, organisationId, 'enumerator', 'enumerator@example.org');
		viewer = await inviteOverHttp(owner, organisationId, 'viewer', 'viewer@example.org');
		ownerToken = await createTokenOverHttp(owner);
		const published = await publishOverHttp(server.url, ownerToken);
		campaignId = published.campaignId;
		self = published.link('baseline', 'exposed');
		interviews = published.link('baseline', 'comparison');
		later = published.link('endline', 'exposed');
		classroom = published.link('endline', 'comparison');
		expect((await setLink(interviews, { mode: 'enumerator' })).status).toBe(200);
		expect((await setLink(later, { mode: 'self', opensAt: '2099-01-01' })).status).toBe(200);
	});
	afterAll(async () => server.stop());

	it('stores a response sent as JSON (201), the same clientId once (200, duplicate)', async () => {
		const first = await collect(self.token, response('0b6a3e0e-api-0001'));
		expect(first.status).toBe(201);
		const { id } = await first.json();
		expect(id).toMatch(/^[a-z2-7]{24}$/);
		const again = await collect(self.token, response('0b6a3e0e-api-0001'));
		expect(again.status).toBe(200);
		expect(await again.json()).toEqual({ id, outcome: 'complete', duplicate: true });
	});

	it('counts a refusal sent by a tool, without an id', async () => {
		const refused = await collect(self.token, { clientId: 'refusal-000001', language: 'ar', answers: { C0: 'no' } });
		expect(refused.status).toBe(201);
		expect(await refused.json()).toEqual({ id: null, outcome: 'refused' });
	});

	it('lists every problem with a message and a code (422), in the caller’s language', async () => {
		const bad = await collect(
			self.token,
			response('bad-answers-01', respondentAnswers({ I1: 7, D3: 'paris', extra: 'x' })),
			{ 'accept-language': 'fr' }
		);
		expect(bad.status).toBe(422);
		expect(await bad.json()).toEqual({
			error: {
				code: 'invalid',
				message: 'Certaines réponses ne sont pas valides : voir « fields ».',
				fields: {
					'answers.extra': 'Cette question ne fait pas partie de l’enquête.',
					'answers.D3': 'Merci de choisir une des réponses proposées.',
					'answers.I1': 'Merci de donner un nombre de 1 à 5.'
				},
				problems: [
					{ field: 'answers.extra', code: 'unknown_item' },
					{ field: 'answers.D3', code: 'not_an_option' },
					{ field: 'answers.I1', code: 'out_of_range' }
				]
			}
		});
	});

	it.each<[string, unknown, Record<string, string>, number, string]>([
		['a body that is not JSON', '{"clientId":', {}, 400, 'bad_request'],
		[
			'a form instead of JSON',
			'clientId=x',
			{ 'content-type': 'application/x-www-form-urlencoded' },
			415,
			'unsupported_media_type'
		],
		['a missing clientId', { language: 'fr', answers: {} }, {}, 422, 'invalid'],
		['an unknown field', { ...response('extra-field-01'), device: 'phone' }, {}, 422, 'invalid'],
		[
			'a deep object as an answer',
			{ ...response('deep-object-1'), answers: { C0: { a: { b: 1 } } } },
			{},
			422,
			'invalid'
		]
	])('refuses %s', async (_, body, headers, status, code) => {
		const refused = await collect(self.token, body, headers);
		expect(refused.status).toBe(status);
		expect((await refused.json()).error.code).toBe(code);
	});

	it('answers on npm start’s fast path as the app does (a body of unknown length goes to the app)', async () => {
		const send = (body: string, headers: Record<string, string>, token: string, streamed: boolean) =>
			fetch(`${server.url}/api/v1/collect/${token}/responses`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...headers },
				body: streamed ? new Blob([body]).stream() : body,
				...(streamed ? { duplex: 'half' } : {})
			} as RequestInit);
		const shown = async (answer: Response) => {
			const headers = Object.fromEntries(
				[...answer.headers].filter(
					([name]) => !['date', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)
				)
			);
			const body = answer.headers.get('content-type')?.startsWith('application/json')
				? await answer.json()
				: await answer.text();
			if (body?.id) body.id = 'an id';
			return { status: answer.status, headers, body };
		};
		const enumeratorCookie = `mesure_session=${enumerator.cookie('mesure_session')}`;
		const cases: [string, unknown, Record<string, string>, string][] = [
			['new', response('fast-new-0001'), { 'accept-language': 'pt' }, self.token],
			['duplicate', response('fast-dup-0001'), {}, self.token],
			['problems', response('fast-bad-0001', respondentAnswers({ I1: 7 })), { 'accept-language': 'ar' }, self.token],
			['not JSON', '{"clientId":', { cookie: 'mesure_lang=es' }, self.token],
			['unknown field', { ...response('fast-field-001'), device: 'phone' }, {}, self.token],
			['no sign-in', response('fast-anon-0001'), {}, interviews.token],
			[
				'a viewer',
				response('fast-view-0001'),
				{ cookie: `mesure_session=${viewer.cookie('mesure_session')}` },
				interviews.token
			],
			['an enumerator', response('fast-enum-0001'), { cookie: enumeratorCookie }, interviews.token],
			[
				'a token',
				response('fast-tokn-0001'),
				{ authorization: `Bearer ${ownerToken}`, 'accept-encoding': 'gzip' },
				interviews.token
			],
			[
				'a revoked-looking token',
				response('fast-revk-0001'),
				{ authorization: 'Bearer mesure_notatoken', cookie: enumeratorCookie },
				interviews.token
			],
			['a link not open', response('fast-later-001'), {}, later.token],
			['no such link', response('fast-none-0001'), {}, 'aaaaaaaaaaaaaaaaaaaaaaaa']
		];
		for (const [name, input, headers, token] of cases) {
			const text = typeof input === 'string' ? input : JSON.stringify(input);
			// Each stores its own response, but the same one twice when it is to be a duplicate.
			const other =
				typeof input === 'string' || name === 'duplicate'
					? text
					: JSON.stringify({ ...(input as object), clientId: `${(input as { clientId: string }).clientId}-app` });
			if (name === 'duplicate') await send(text, headers, token, false);
			const fast = await shown(await send(text, headers, token, false));
			expect(fast, name).toEqual(await shown(await send(other, headers, token, true)));
		}
	});

	it('refuses a form posted by another site, even with an enumerator’s cookie', async () => {
		const forged = await collect(interviews.token, 'clientId=x', {
			'content-type': 'text/plain',
			origin: 'https://evil.example',
			cookie: `mesure_session=${enumerator.cookie('mesure_session')}`
		});
		expect(forged.status).toBe(403);
	});

	it('takes an enumerator link from the organisation’s enumerators only: session or token', async () => {
		expect((await collect(interviews.token, response('enum-anon-0001'))).status).toBe(401);
		const asViewer = await collect(interviews.token, response('enum-view-0001'), {
			cookie: `mesure_session=${viewer.cookie('mesure_session')}`
		});
		expect(asViewer.status).toBe(403);
		const asEnumerator = await collect(interviews.token, response('enum-sess-0001'), {
			cookie: `mesure_session=${enumerator.cookie('mesure_session')}`
		});
		expect(asEnumerator.status).toBe(201);
		const withToken = await collect(interviews.token, response('enum-tokn-0001'), {
			authorization: `Bearer ${ownerToken}`
		});
		expect(withToken.status).toBe(201);
	});

	it('asks whoever opens an enumerator link to sign in, and comes back to it', async () => {
		const page = mainOf(await (await new HttpClient(server.url).get(`/s/${interviews.token}?lang=fr`)).text());
		expect(page).toContain('Ce lien est réservé aux enquêteurs de Sahel Info');
		expect(page).toContain(`/signin?redirectTo=${encodeURIComponent(`/s/${interviews.token}?lang=fr`)}`);
		const asViewer = mainOf(await (await viewer.get(`/s/${interviews.token}?lang=fr`)).text());
		expect(asViewer).toContain('Votre compte ne fait pas partie des enquêteurs de Sahel Info');
		const asEnumerator = await enumerator.get(`/s/${interviews.token}?lang=fr`);
		expect(asEnumerator.headers.get('x-mesure-offline')).toBe('interview');
		const html = mainOf(await asEnumerator.text());
		expect(html).toContain('Enquêteur : enumerator');
		expect(html).toContain('id="interview-queue"');
		expect(html).toContain('Enregistrer l’entretien');
	});

	it('lets a class of 60 answer through one address within a minute, and stops a script that goes on', async () => {
		const client = new HttpClient(server.url);
		const path = `/s/${classroom.token}?lang=fr`;
		const html = await (await client.get(path)).text();
		const lastPage = String(Math.max(...[...html.matchAll(/data-page="(\d+)"/g)].map((m) => Number(m[1]))));
		const form = (i: number) => ({
			...asFormAnswers(RESPONDENT),
			_client: `pupil${String(i).padStart(4, '0')}`,
			_version: '1',
			_page: lastPage,
			_nav: 'next'
		});
		const pupils = await Promise.all(Array.from({ length: 60 }, (_, i) => client.post(path, form(i))));
		expect(pupils.map((r) => r.status)).toEqual(Array(60).fill(303));
		const script = [];
		for (let i = 60; i < 320; i++)
			script.push((await collect(classroom.token, response(`script-${String(i).padStart(6, '0')}`))).status);
		expect(script.filter((status) => status === 201)).toHaveLength(240);
		expect(script.slice(240).every((status) => status === 429)).toBe(true);
		const refused = await client.post(path, form(999));
		expect(refused.status).toBe(429);
		expect(mainOf(await refused.text())).toContain('Beaucoup de réponses sont arrivées de cette connexion');
	});

	it('says when a link opens, and refuses its answers until then', async () => {
		const page = await fetch(`${server.url}/s/${later.token}?lang=fr`);
		expect(page.status).toBe(403);
		expect(mainOf(await page.text())).toContain('Cette enquête ouvre le 1 janv. 2099');
		expect((await collect(later.token, response('too-early-0001'))).status).toBe(409);
	});

	it('closes every link when the campaign closes: a clear page, and no answer taken', async () => {
		expect((await owner.post(`/campaigns/${campaignId}?/close`, {})).status).toBe(200);
		const page = await fetch(`${server.url}/s/${self.token}`, { headers: { 'accept-language': 'ar' } });
		expect(page.status).toBe(410);
		expect(mainOf(await page.text())).toContain('هذا الاستطلاع مغلق');
		const sent = await collect(self.token, response('after-close-01'));
		expect(sent.status).toBe(409);
	});
});
