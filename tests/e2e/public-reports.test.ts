import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	activeOrganisationId,
	createTokenOverHttp,
	inviteOverHttp,
	setUpOverHttp,
	signUpOverHttp
} from '../helpers/accounts';
import { HttpClient, mainOf } from '../helpers/http';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { respondentAnswers } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

const DATABASES = (await postgresAvailable()) ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

describe.each(DATABASES)('public reports over HTTP on %s', (database) => {
	let server: RunningServer;
	let drop: (() => Promise<void>) | undefined;
	let ownerClient: HttpClient;
	let owner: string;
	let editor: string;
	let outsider: string;
	let campaignId: string;
	let organisationId: string;
	const clientIds: string[] = [];
	let published: Awaited<ReturnType<typeof publishOverHttp>>;

	const call = (path: string, as: string, method = 'GET', language = 'en') =>
		fetch(`${server.url}/api/v1${path}`, {
			method,
			headers: { authorization: `Bearer ${as}`, 'accept-language': language }
		});
	const publish = (as = owner, language = 'en') => call(`/campaigns/${campaignId}/public-report`, as, 'POST', language);
	const withdraw = (as = owner, language = 'en') =>
		call(`/campaigns/${campaignId}/public-report`, as, 'DELETE', language);
	const anonymous = (url: string) => fetch(url, { headers: { accept: 'text/html' }, redirect: 'manual' });
	const collect = async (token: string, count: number, from = 0) => {
		for (let i = from; i < from + count; i++) {
			const clientId = `public-report-${token.slice(0, 6)}-${i}`;
			clientIds.push(clientId);
			const sent = await fetch(`${server.url}/api/v1/collect/${token}/responses`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: server.url },
				body: JSON.stringify({ clientId, language: 'fr', answers: respondentAnswers() })
			});
			expect(sent.status).toBe(201);
		}
	};

	beforeAll(async () => {
		const scratch = database === 'postgres' ? await createScratchDatabase() : null;
		drop = scratch?.drop;
		server = await startServer(scratch ? { DATABASE_URL: scratch.url } : {});
		ownerClient = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		owner = await createTokenOverHttp(ownerClient);
		organisationId = await activeOrganisationId(ownerClient);
		editor = await createTokenOverHttp(
			await inviteOverHttp(ownerClient, organisationId, 'editor', 'editor@example.org')
		);
		outsider = await createTokenOverHttp(
			await signUpOverHttp(server.url, 'stranger@example.org', 'Fonds Sahel', 'donor')
		);
		published = await publishOverHttp(server.url, owner);
		campaignId = published.campaignId;
		// Six in one cell and three in another: the public reads the six, never the three.
		await collect(published.link('baseline', 'exposed').token, 6);
		await collect(published.link('baseline', 'comparison').token, 3);
	});
	afterAll(async () => {
		await server?.stop();
		await drop?.();
	});

	it('publishes (201 { url }) a page anyone reads, with no count below 5 and no response', async () => {
		const published = await publish();
		expect(published.status).toBe(201);
		const { url } = await published.json();
		expect(url).toMatch(new RegExp(`^${server.url}/r/[a-z2-7]{32}$`));

		const page = await anonymous(url);
		expect(page.status).toBe(200);
		expect(page.headers.get('x-robots-tag')).toContain('noindex');
		expect(page.headers.get('cache-control')).toBe('no-cache');
		const html = await page.text();
		expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
		const main = mainOf(html);
		const counts = [...main.matchAll(/data-count="([^"]*)"/g)].map(([, count]) => count);
		expect(counts).toContain('6');
		expect(counts).toContain('hidden');
		expect(counts.filter((count) => count !== 'hidden' && Number(count) < 5)).toEqual([]);
		// Nor in the data the page carries for the browser (where the six are, as `n:6`).
		expect(html).toMatch(/\bn:6\b/);
		expect(html).not.toMatch(/\bn:3\b/);
		for (const clientId of clientIds) expect(html).not.toContain(clientId);
		expect(html).not.toContain('/signout');
		expect(html).toContain('Sahel Info');
	});

	it('answers a returning visitor 304 while the report is the same, and the new page once a response changes it', async () => {
		const { url } = await (await publish()).json();
		const page = await fetch(url, { headers: { 'accept-language': 'fr', 'accept-encoding': 'gzip' } });
		const etag = page.headers.get('etag')!;
		expect(etag).toMatch(/^W\/"[\w-]+"$/);
		const html = await page.text();
		expect(page.headers.get('vary')).toMatch(/Accept-Language/);
		const again = await fetch(url, { headers: { 'accept-language': 'fr', 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		// The browser keeps the policy stored with the page: a 304 that carried one would replace it.
		expect(again.headers.get('content-security-policy')).toBeNull();
		// The same page with and without gzip, and the policy names the hash of each inline script it carries.
		const plain = await fetch(url, { headers: { 'accept-language': 'fr', 'accept-encoding': 'identity' } });
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(html);
		const policy = plain.headers.get('content-security-policy')!;
		const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
		expect(scripts.length).toBeGreaterThan(0);
		for (const body of scripts)
			expect(policy).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
		expect(policy).not.toContain('nonce-');
		// Another language is another page.
		const english = await fetch(url, { headers: { 'accept-language': 'en', 'if-none-match': etag } });
		expect(english.status).toBe(200);
		expect(english.headers.get('etag')).not.toBe(etag);

		await collect(published.link('baseline', 'exposed').token, 1, 6);
		const changed = await fetch(url, { headers: { 'accept-language': 'fr', 'if-none-match': etag } });
		expect(changed.status).toBe(200);
		expect(changed.headers.get('etag')).not.toBe(etag);
		expect(mainOf(await changed.text())).toContain('data-count="7"');

		expect((await withdraw()).status).toBe(204);
		expect((await fetch(url, { headers: { 'accept-language': 'fr', 'if-none-match': etag } })).status).toBe(404);
	});

	it('withdraws (204) at once, after which the address answers 404 like an unknown one', async () => {
		const { url } = await (await publish()).json();
		const unknown = await anonymous(`${server.url}/r/${'a'.repeat(32)}`);
		expect(unknown.status).toBe(404);
		const unknownPage = mainOf(await unknown.text());
		expect(await anonymous(`${server.url}/r/not-even-a-token`).then((response) => response.status)).toBe(404);

		expect((await withdraw()).status).toBe(204);
		const withdrawn = await anonymous(url);
		expect(withdrawn.status).toBe(404);
		expect(mainOf(await withdrawn.text())).toBe(unknownPage);

		const none = await withdraw(owner, 'fr');
		expect(none.status).toBe(404);
		expect(await none.json()).toEqual({
			error: { code: 'not_found', message: 'Cette campagne n’a pas de rapport public à retirer.' }
		});
	});

	it('answers a new address when published again, and the old one stops', async () => {
		const first = (await (await publish()).json()).url;
		const second = (await (await publish()).json()).url;
		expect(second).not.toBe(first);
		expect((await anonymous(first)).status).toBe(404);
		expect((await anonymous(second)).status).toBe(200);
	});

	it('is for owners: other members 403, outsiders 404, in the API’s error shape', async () => {
		for (const [as, status, code] of [
			[editor, 403, 'forbidden'],
			[outsider, 404, 'not_found']
		] as const) {
			for (const response of [await publish(as, 'fr'), await withdraw(as, 'fr')]) {
				expect(response.status).toBe(status);
				const body = await response.json();
				expect(body.error.code).toBe(code);
				expect(body.error.message).not.toMatch(/errors\./);
			}
		}
		expect((await publish('not-a-token')).status).toBe(401);
		expect((await call(`/campaigns/${campaignId}/public-report`, owner, 'PUT')).status).toBe(405);
	});

	it('records each publication and withdrawal in the audit log, that owners read on a page', async () => {
		expect((await publish()).status).toBe(201);
		expect((await withdraw()).status).toBe(204);
		const audit = await (await call(`/organisations/${organisationId}/audit`, owner)).json();
		const actions = audit.events.map((event: { action: string }) => event.action);
		expect(actions).toContain('public_report_published');
		expect(actions).toContain('public_report_withdrawn');
		const page = mainOf(await (await ownerClient.get(`/organisations/${organisationId}/audit`)).text());
		expect(page).toContain('data-action="public_report_published"');
		expect(page).toContain('Published a public report of');
	});

	it('documents both endpoints', async () => {
		const document = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
		const path = document.paths['/campaigns/{id}/public-report'];
		expect(Object.keys(path.post.responses)).toEqual(expect.arrayContaining(['201', '403', '404']));
		expect(path.post.responses['201'].content['application/json'].schema.required).toEqual(['url']);
		expect(Object.keys(path.delete.responses)).toEqual(expect.arrayContaining(['204', '403', '404']));
	});
});

describe('public reports read too often from one address', () => {
	let server: RunningServer;
	let url: string;

	beforeAll(async () => {
		// Behind a proxy that names the reader's address, as an instance on the internet runs.
		server = await startServer({ PUBLIC_REPORT_RATE_LIMIT: '5', ADDRESS_HEADER: 'x-forwarded-for' });
		const owner = await createTokenOverHttp(await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info'));
		const { campaignId } = await publishOverHttp(server.url, owner);
		const published = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/public-report`, {
			method: 'POST',
			headers: { authorization: `Bearer ${owner}` }
		});
		url = (await published.json()).url;
	});
	afterAll(async () => {
		await server?.stop();
	});

	const read = (address: string, headers: Record<string, string> = {}) =>
		fetch(url, { headers: { 'x-forwarded-for': address, 'accept-language': 'fr', ...headers } });

	it('answers 429 past PUBLIC_REPORT_RATE_LIMIT a minute, in the reader’s language, while other addresses read on', async () => {
		const statuses = [];
		for (let i = 0; i < 5; i++)
			statuses.push((await read('203.0.113.7', i % 2 ? { 'if-none-match': 'W/"old"' } : {})).status);
		expect(statuses).toEqual([200, 200, 200, 200, 200]);
		const refused = await read('203.0.113.7');
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
		const page = await refused.text();
		expect(page).toContain('Ce rapport a été demandé trop souvent depuis votre adresse.');
		expect(page).toContain('<html lang="fr"');
		expect(page).not.toMatch(/errors\.|\{when\}/);
		expect((await read('198.51.100.20')).status).toBe(200);
		// Signed-in pages and the health check are not counted against the address.
		expect((await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(200);
	});
});
