import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	activeOrganisationId,
	createTokenOverHttp,
	inviteOverHttp,
	setUpOverHttp,
	signUpOverHttp
} from '../helpers/accounts';
import type { HttpClient } from '../helpers/http';
import { respondentAnswers } from '../helpers/responses';
import { listRoutes, listTargets, type RouteValues } from '../helpers/routes';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';
import { EXPECTED, PERSONAS, type Persona } from './authorization-table';

/**
 * Every route and endpoint, enumerated from the route modules, as each kind of person: let in ('y': a page, a
 * file, a redirect but to sign-in), kept out ('n': sent to sign in, 401, 403 or 404), or its empty input refused
 * ('v': 400, 409, 422…, which tells nothing of what lies behind). Forms and bodies sent are empty, so nothing is
 * changed but by what needs no input and by the owner's DELETEs, walked last.
 */
describe('who may reach what: every route as every kind of person', () => {
	let server: RunningServer;
	const clients = new Map<Persona, { cookie?: string; token?: string }>();
	let values: RouteValues;
	let anonymousValues: RouteValues;

	beforeAll(async () => {
		server = await startServer();
		const admin = await setUpOverHttp(server.url, 'admin@example.org', 'Instance team');
		const owner = await signUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const organisation = await activeOrganisationId(owner);
		const people: [Persona, HttpClient][] = [
			['admin', admin],
			['owner', owner],
			['viewer', await inviteOverHttp(owner, organisation, 'viewer', 'viewer@example.org')],
			['editor', await inviteOverHttp(owner, organisation, 'editor', 'editor@example.org')],
			['enumerator', await inviteOverHttp(owner, organisation, 'enumerator', 'enumerator@example.org')],
			['other_ngo', await signUpOverHttp(server.url, 'other@example.org', 'Autre ONG')],
			['donor_shared', await signUpOverHttp(server.url, 'donor@example.org', 'Fonds Sahel', 'donor')],
			['donor_not_shared', await signUpOverHttp(server.url, 'donor2@example.org', 'Autre Fonds', 'donor')]
		];
		for (const [persona, client] of people)
			clients.set(persona, { cookie: client.cookie('mesure_session'), token: await createTokenOverHttp(client) });
		const ownerToken = clients.get('owner')!.token!;
		const api = (path: string, method: string, body?: unknown) =>
			fetch(`${server.url}/api/v1${path}`, {
				method,
				headers: { authorization: `Bearer ${ownerToken}`, 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body)
			});
		const published = await publishOverHttp(server.url, ownerToken);
		const link = published.link('baseline', 'exposed');
		await fetch(`${server.url}/api/v1/collect/${link.token}/responses`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: server.url },
			body: JSON.stringify({ clientId: 'walk-0001', language: 'fr', answers: respondentAnswers() })
		});
		const donorOrganisation = (
			await (
				await fetch(`${server.url}/api/v1/organisations`, {
					headers: { authorization: `Bearer ${clients.get('donor_shared')!.token}` }
				})
			).json()
		).organisations[0].id;
		expect(
			(await api(`/campaigns/${published.campaignId}/shares`, 'POST', { organisationId: donorOrganisation })).status
		).toBe(200);
		const publicUrl = (await (await api(`/campaigns/${published.campaignId}/public-report`, 'POST')).json())
			.url as string;
		const responses = await (await api(`/campaigns/${published.campaignId}/responses`, 'GET')).json();
		values = {
			response: responses.items[0].id,
			campaign: published.campaignId,
			link: link.id,
			organisation,
			code: 'q_walk',
			token: link.token,
			publicToken: publicUrl.split('/r/')[1],
			invitation: 'b'.repeat(32),
			subjectOrganisation: donorOrganisation
		};
		anonymousValues = { ...values, token: 'a'.repeat(32) };
	}, 120_000);
	afterAll(async () => server.stop());

	it('has an expected answer for every route, and no expectation for a route that is gone', async () => {
		const keys = listTargets(await listRoutes(), values).map((target) => target.key);
		expect(
			keys.filter((key) => !(key in EXPECTED)),
			'routes the table does not name yet'
		).toEqual([]);
		expect(
			Object.keys(EXPECTED).filter((key) => !keys.includes(key)),
			'expectations of routes that are gone'
		).toEqual([]);
	});

	it('answers each kind of person as the table says', { timeout: 240_000 }, async () => {
		const routes = await listRoutes();
		const seen: Record<string, string> = {};
		// The owner goes last: its DELETEs take back what the others' walks need.
		for (const [index, persona] of PERSONAS.entries()) {
			const who = clients.get(persona);
			const targets = listTargets(routes, persona === 'anonymous' ? anonymousValues : values);
			for (const target of targets) {
				const headers: Record<string, string> = {
					origin: server.url,
					accept: target.api ? 'application/json' : 'text/html'
				};
				if (who?.cookie && !target.api) headers.cookie = `mesure_session=${who.cookie}`;
				if (who?.token && target.api) headers.authorization = `Bearer ${who.token}`;
				let body: string | undefined;
				if (target.method !== 'GET' && target.method !== 'DELETE') {
					headers['content-type'] = target.api ? 'application/json' : 'application/x-www-form-urlencoded';
					body = target.api ? '{}' : '';
				}
				const response = await fetch(`${server.url}${target.path}`, {
					method: target.method,
					headers,
					body,
					redirect: 'manual'
				});
				await response.arrayBuffer();
				const location = response.headers.get('location') ?? '';
				const keptOut =
					[401, 403, 404].includes(response.status) || (response.status === 303 && /^\/signin/.test(location));
				const refusedInput = [400, 409, 413, 415, 422, 429].includes(response.status);
				seen[target.key] = (seen[target.key] ?? '').padEnd(index, '-') + (keptOut ? 'n' : refusedInput ? 'v' : 'y');
			}
		}
		expect(seen).toEqual(EXPECTED);
	});
});
