import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenOverHttp, setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

const DATABASES = (await postgresAvailable()) ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

describe.each(DATABASES)('sharing over the API on %s', (database) => {
	let server: RunningServer;
	let drop: (() => Promise<void>) | undefined;
	let owner: string;
	let donor: string;
	let stranger: string;
	let campaignId: string;
	let donorId: string;
	let strangerOrganisationId: string;
	let unverifiedId: string;

	const call = (path: string, as: string, init: RequestInit = {}, language = 'en') =>
		fetch(`${server.url}/api/v1${path}`, {
			...init,
			headers: {
				authorization: `Bearer ${as}`,
				'accept-language': language,
				...(init.body ? { 'content-type': 'application/json' } : {})
			}
		});
	const share = (organisationId: unknown, as = owner, language = 'en') =>
		call(`/campaigns/${campaignId}/shares`, as, { method: 'POST', body: JSON.stringify({ organisationId }) }, language);
	const organisationsOf = async (as: string) =>
		(await (await call('/organisations', as)).json()).organisations as { id: string; type: string; role: string }[];

	beforeAll(async () => {
		const scratch = database === 'postgres' ? await createScratchDatabase() : null;
		drop = scratch?.drop;
		server = await startServer(scratch ? { DATABASE_URL: scratch.url } : {});
		owner = await createTokenOverHttp(await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info'));
		donor = await createTokenOverHttp(await signUpOverHttp(server.url, 'donor@example.org', 'Fonds Sahel', 'donor'));
		stranger = await createTokenOverHttp(await signUpOverHttp(server.url, 'stranger@example.org', 'Autre ONG'));
		campaignId = (await publishOverHttp(server.url, owner)).campaignId;
		donorId = (await organisationsOf(donor))[0].id;
		strangerOrganisationId = (await organisationsOf(stranger))[0].id;
		const unverified = await createTokenOverHttp(
			await signUpOverHttp(server.url, 'unverified@example.org', 'Rabat Fund', 'donor', { verify: false })
		);
		unverifiedId = (await organisationsOf(unverified))[0].id;
	});
	afterAll(async () => {
		await server?.stop();
		await drop?.();
	});

	it('lists the caller’s organisations with their ids, types and roles', async () => {
		expect(await organisationsOf(donor)).toEqual([{ id: donorId, name: 'Fonds Sahel', type: 'donor', role: 'owner' }]);
		expect((await call('/organisations', 'not-a-token')).status).toBe(401);
	});

	it('shares the results with a donor, who reads them until the share is revoked, each step audited', async () => {
		expect((await call(`/campaigns/${campaignId}/indicators`, donor)).status).toBe(404);
		const shared = await share(donorId);
		expect(shared.status).toBe(200);
		expect((await shared.json()).shares).toEqual([
			{
				organisationId: donorId,
				organisationName: 'Fonds Sahel',
				organisationType: 'donor',
				organisationVerifiedAt: expect.any(String),
				sharedAt: expect.any(String)
			}
		]);
		expect((await call(`/campaigns/${campaignId}/indicators`, donor)).status).toBe(200);
		expect((await call(`/campaigns/${campaignId}/indicators.csv`, donor)).status).toBe(200);
		expect((await call(`/campaigns/${campaignId}/responses.csv`, donor)).status).toBe(404);
		expect((await call(`/campaigns/${campaignId}`, donor)).status).toBe(404);
		expect((await call(`/campaigns/${campaignId}/survey`, donor)).status).toBe(404);
		expect((await (await call(`/campaigns/${campaignId}/shares`, owner)).json()).shares).toHaveLength(1);

		expect((await call(`/campaigns/${campaignId}/shares/${donorId}`, owner, { method: 'DELETE' })).status).toBe(204);
		expect((await call(`/campaigns/${campaignId}/indicators`, donor)).status).toBe(404);
		const again = await call(`/campaigns/${campaignId}/shares/${donorId}`, owner, { method: 'DELETE' }, 'fr');
		expect(again.status).toBe(404);
		expect((await again.json()).error.message).toBe('Cette campagne n’est pas partagée avec cette organisation.');

		const ownOrganisation = (await organisationsOf(owner))[0].id;
		const audit = await (await call(`/organisations/${ownOrganisation}/audit`, owner)).json();
		expect(
			audit.events.map((event: { action: string; subjectOrganisationName: string }) => [
				event.action,
				event.subjectOrganisationName
			])
		).toEqual([
			['campaign_share_revoked', 'Fonds Sahel'],
			['campaign_shared', 'Fonds Sahel']
		]);
		expect((await call(`/organisations/${ownOrganisation}/audit`, donor)).status).toBe(404);
	});

	it.each([
		['an NGO', () => strangerOrganisationId, 422, 'invalid'],
		['no id', () => undefined, 422, 'invalid'],
		['an id of nothing', () => 'aaaaaaaaaaaaaaaaaaaaaaaa', 404, 'not_found'],
		['a donor no administrator verified', () => unverifiedId, 422, 'invalid']
	])('refuses to share with %s, in the caller’s language', async (_, organisationId, status, code) => {
		const refused = await share(organisationId(), owner, 'fr');
		expect(refused.status).toBe(status);
		const body = await refused.json();
		expect(body.error.code).toBe(code);
		expect(body.error.message).not.toMatch(/errors\./);
	});

	it('lets only owners share, and tells outsiders nothing', async () => {
		expect((await share(donorId, stranger)).status).toBe(404);
		expect((await share(donorId, donor)).status).toBe(404);
		expect((await call(`/campaigns/${campaignId}/shares`, stranger)).status).toBe(404);
	});

	it('documents every sharing endpoint', async () => {
		const document = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
		for (const path of [
			'/organisations',
			'/organisations/{id}/audit',
			'/campaigns/{id}/shares',
			'/campaigns/{id}/shares/{organisationId}',
			'/campaigns/{id}/responses.csv',
			'/campaigns/{id}/indicators.csv',
			'/campaigns/{id}/codebook.csv'
		]) {
			expect(Object.keys(document.paths)).toContain(path);
		}
	});

	it('gives the caller’s organisations and a campaign’s shares a page at a time', async () => {
		const listed = await (await call('/organisations?limit=1', donor)).json();
		expect(listed).toEqual({ organisations: [expect.objectContaining({ id: donorId })], nextCursor: null });
		expect((await call('/organisations?limit=0', donor)).status).toBe(422);
		const second = await createTokenOverHttp(
			await signUpOverHttp(server.url, 'second@example.org', 'Agence Atlantique', 'donor')
		);
		const secondId = (await organisationsOf(second))[0].id;
		expect((await share(donorId)).status).toBe(200);
		expect((await share(secondId)).status).toBe(200);
		const first = await (await call(`/campaigns/${campaignId}/shares?limit=1`, owner)).json();
		expect(first.shares.map((one: { organisationName: string }) => one.organisationName)).toEqual([
			'Agence Atlantique'
		]);
		expect(first.nextCursor).toEqual(expect.any(String));
		const next = await (await call(`/campaigns/${campaignId}/shares?limit=1&cursor=${first.nextCursor}`, owner)).json();
		expect(next.shares.map((one: { organisationName: string }) => one.organisationName)).toEqual(['Fonds Sahel']);
		expect(next.nextCursor).toBeNull();
		expect((await call(`/campaigns/${campaignId}/shares?cursor=not-one`, owner)).status).toBe(422);
		for (const id of [donorId, secondId])
			expect((await call(`/campaigns/${campaignId}/shares/${id}`, owner, { method: 'DELETE' })).status).toBe(204);
	});
});
