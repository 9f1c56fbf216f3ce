import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	activeOrganisationId,
	createTokenOverHttp,
	inviteOverHttp,
	setUpOverHttp,
	signUpOverHttp
} from '../helpers/accounts';
import { campaignBody } from '../helpers/fixtures';
import { startServer, type RunningServer } from '../helpers/server';

type Who = 'editor' | 'viewer' | 'outsider' | 'donor';

describe('the campaigns API', () => {
	let server: RunningServer;
	const token = {} as Record<Who, string>;
	let orgId: string;

	const call = (who: Who | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
		fetch(`${server.url}/api/v1${path}`, {
			method,
			headers: {
				...(who ? { authorization: `Bearer ${token[who]}` } : {}),
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
				...headers
			},
			body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
		});

	beforeAll(async () => {
		server = await startServer();
		const owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		orgId = await activeOrganisationId(owner);
		token.editor = await createTokenOverHttp(await inviteOverHttp(owner, orgId, 'editor', 'editor@example.org'));
		token.viewer = await createTokenOverHttp(await inviteOverHttp(owner, orgId, 'viewer', 'viewer@example.org'));
		token.outsider = await createTokenOverHttp(await signUpOverHttp(server.url, 'outsider@example.org', 'Elsewhere'));
		token.donor = await createTokenOverHttp(await signUpOverHttp(server.url, 'donor@example.org', 'Fonds', 'donor'));
	});
	afterAll(async () => server.stop());

	it('registers, reads, lists and changes a campaign for its organisation only', async () => {
		const created = await call('editor', 'POST', '/campaigns', campaignBody());
		expect(created.status).toBe(201);
		const campaign = await created.json();
		expect(campaign).toMatchObject({
			organisationId: orgId,
			status: 'draft',
			signatureMessages: [{ fr: 'La mer ne pardonne pas.' }, { fr: 'Le passeur ment.' }]
		});

		expect(await (await call('viewer', 'GET', `/campaigns/${campaign.id}`)).json()).toMatchObject({
			id: campaign.id,
			title: campaign.title
		});
		const listed = await (await call('viewer', 'GET', '/campaigns?country=SN&year=2026&q=parlons')).json();
		expect(listed.campaigns.map((c: { id: string }) => c.id)).toEqual([campaign.id]);
		expect((await (await call('viewer', 'GET', '/campaigns?country=GN')).json()).campaigns).toEqual([]);

		const patched = await call('editor', 'PATCH', `/campaigns/${campaign.id}`, {
			title: 'Nouveau titre',
			channels: ['radio']
		});
		expect(patched.status).toBe(200);
		expect(await patched.json()).toMatchObject({ title: 'Nouveau titre', channels: ['radio'], countries: ['SN'] });

		expect((await call('viewer', 'PATCH', `/campaigns/${campaign.id}`, { title: 'x y z' })).status).toBe(403);
		const hidden = await call('outsider', 'GET', `/campaigns/${campaign.id}`);
		expect(hidden.status).toBe(404);
		expect(await hidden.json()).toMatchObject({ error: { code: 'not_found' } });
		expect((await call('outsider', 'PATCH', `/campaigns/${campaign.id}`, { title: 'x y z' })).status).toBe(404);
		expect((await (await call('outsider', 'GET', '/campaigns')).json()).campaigns).toEqual([]);
		expect((await call(null, 'GET', `/campaigns/${campaign.id}`)).status).toBe(401);
	});

	it('refuses viewers and donors, naming why', async () => {
		expect((await call('viewer', 'POST', '/campaigns', campaignBody())).status).toBe(403);
		const donor = await call('donor', 'POST', '/campaigns', campaignBody(), { 'accept-language': 'fr' });
		expect(donor.status).toBe(403);
		expect((await donor.json()).error.message).toContain('ONG');
	});

	it('answers bad input with 400 or 422, a message per field, in the caller’s language, and stores nothing', async () => {
		const campaigns = async () => (await (await call('editor', 'GET', '/campaigns')).json()).campaigns.length;
		const before = await campaigns();
		const notJson = await call('editor', 'POST', '/campaigns', '{"title": ');
		expect(notJson.status).toBe(400);
		expect(await notJson.json()).toMatchObject({ error: { code: 'bad_request' } });

		const bad = await call(
			'editor',
			'POST',
			'/campaigns',
			campaignBody({
				countries: ['XX'],
				signatureMessages: ['Only one'],
				endDate: '2025-01-01',
				regions: [{ code: 'a b', name: 'A' }]
			}),
			{ 'accept-language': 'fr' }
		);
		expect(bad.status).toBe(422);
		const { error } = await bad.json();
		expect(error.code).toBe('invalid');
		expect(Object.keys(error.fields).sort()).toEqual(['countries.0', 'endDate', 'regions.0.code', 'signatureMessages']);
		expect(error.fields.signatureMessages).toBe('Donnez de 2 à 5 messages phares.');

		expect((await call('editor', 'GET', '/campaigns?status=finished')).status).toBe(422);
		expect((await call('editor', 'DELETE', '/campaigns')).status).toBe(405);
		expect(await campaigns()).toBe(before);
	});

	it('adds custom questions, refuses to publish untranslated texts, then publishes version 1 with its links', async () => {
		const campaign = await (
			await call('editor', 'POST', '/campaigns', campaignBody({ languages: ['fr'], comparisonGroup: false }))
		).json();
		const question = {
			code: 'heard_show',
			type: 'yes_no',
			label: { fr: 'Avez-vous écouté l’émission ?' },
			required: true
		};
		const bad = await call('editor', 'POST', `/campaigns/${campaign.id}/questions`, [
			{ ...question, code: 'Bad Code', options: [{ code: 'x', label: {} }] }
		]);
		expect(bad.status).toBe(422);
		expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(['0.code', '0.options']);

		expect((await call('viewer', 'POST', `/campaigns/${campaign.id}/questions`, [question])).status).toBe(403);
		const added = await call('editor', 'POST', `/campaigns/${campaign.id}/questions`, { questions: [question] });
		expect(added.status).toBe(201);
		expect((await added.json()).draft.customQuestions).toMatchObject([
			{ code: 'heard_show', type: 'yes_no', required: true }
		]);

		const survey = await (await call('viewer', 'GET', `/campaigns/${campaign.id}/survey`)).json();
		expect(survey).toMatchObject({ draft: { number: 1 }, published: null, missingTranslations: [] });

		expect((await call('viewer', 'POST', `/campaigns/${campaign.id}/publish`)).status).toBe(403);
		expect((await call('outsider', 'POST', `/campaigns/${campaign.id}/publish`)).status).toBe(404);
		const published = await call('editor', 'POST', `/campaigns/${campaign.id}/publish`);
		expect(published.status).toBe(200);
		const body = await published.json();
		expect(body.version).toBe(1);
		expect(body.links).toHaveLength(2);
		for (const link of body.links) {
			expect(link).toMatchObject({ group: 'exposed', mode: 'self' });
			expect(link.url).toBe(`${server.url}/s/${link.token}`);
		}
		expect((await (await call('viewer', 'GET', `/campaigns/${campaign.id}`)).json()).status).toBe('collecting');

		const other = await (await call('editor', 'POST', '/campaigns', campaignBody({ languages: ['fr', 'ar'] }))).json();
		const refused = await call('editor', 'POST', `/campaigns/${other.id}/publish`, undefined, {
			'accept-language': 'fr'
		});
		expect(refused.status).toBe(422);
		expect((await refused.json()).error.message).toMatch(/Il manque \d+ traductions/);
	});

	it('describes itself at /api/v1/openapi.json, with the schemas that validate requests', async () => {
		const response = await fetch(`${server.url}/api/v1/openapi.json`);
		expect(response.status).toBe(200);
		const document = await response.json();
		expect(document.openapi).toBe('3.1.0');
		expect(document.servers).toEqual([{ url: `${server.url}/api/v1` }]);
		expect(Object.keys(document.paths)).toEqual(
			expect.arrayContaining([
				'/me',
				'/campaigns',
				'/campaigns/{id}',
				'/campaigns/{id}/questions',
				'/campaigns/{id}/publish'
			])
		);
		expect(document.components.schemas.CampaignInput.required).toEqual(
			expect.arrayContaining(['title', 'countries', 'regions', 'signatureMessages', 'placeboMessage'])
		);
		expect(document.components.schemas.CustomQuestion.properties.type.enum).toContain('single');
	});
});
