import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenOverHttp, PASSWORD, setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { HttpClient } from '../helpers/http';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { respondentAnswers } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';

const withPostgres = await postgresAvailable();
const EMAIL = 'owner@example.org';

/** Several stateless app processes on one PostgreSQL, as behind a load balancer: nothing one knows is hidden from the other. */
describe.runIf(withPostgres)('two app processes on one PostgreSQL database', () => {
	let first: RunningServer;
	let second: RunningServer;
	let drop: () => Promise<void>;
	let owner: HttpClient;
	let ownerToken: string;
	let donorToken: string;
	let donorOrganisationId: string;
	let campaignId: string;
	let link: PublishedLink;

	const api = (server: RunningServer, path: string, token: string, init: RequestInit = {}) =>
		fetch(`${server.url}/api/v1${path}`, {
			...init,
			headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) }
		});
	/** The same browser (its session cookie) talking to the other process. */
	const onOther = (client: HttpClient, server: RunningServer) =>
		new HttpClient(server.url, { cookie: `mesure_session=${client.cookie('mesure_session')}` });
	const respondents = async (server: RunningServer) => {
		const report = await (await api(server, `/campaigns/${campaignId}/indicators`, ownerToken)).json();
		const recall = report.indicators.find((indicator: { id: string }) => indicator.id === 'EXP1');
		// No cell before the first response.
		return (
			recall.cells.find((cell: { wave: string; group: string }) => cell.wave === 'baseline' && cell.group === 'exposed')
				?.n ?? 0
		);
	};

	beforeAll(async () => {
		const scratch = await createScratchDatabase();
		drop = scratch.drop;
		// Both start at once: migrations must be applied once, whichever process takes them.
		[first, second] = await Promise.all([
			startServer({ DATABASE_URL: scratch.url }),
			startServer({ DATABASE_URL: scratch.url })
		]);
		owner = await setUpOverHttp(first.url, EMAIL, 'Sahel Info');
		ownerToken = await createTokenOverHttp(owner);
		donorToken = await createTokenOverHttp(
			await signUpOverHttp(second.url, 'donor@example.org', 'Fonds Sahel', 'donor')
		);
		donorOrganisationId = (await (await api(first, '/organisations', donorToken)).json()).organisations[0].id;
		const published = await publishOverHttp(first.url, ownerToken);
		campaignId = published.campaignId;
		link = published.link('baseline', 'exposed');
	});
	afterAll(async () => {
		await Promise.all([first?.stop(), second?.stop()]);
		await drop?.();
	});

	it('accepts on one process a session made on the other, and ends it on both at sign-out', async () => {
		const elsewhere = onOther(owner, second);
		expect((await elsewhere.get('/account')).status).toBe(200);
		const browser = await signUpOverHttp(second.url, 'editor@example.org', 'Autre ONG');
		expect((await onOther(browser, first).get('/account')).status).toBe(200);
		expect((await browser.post('/signout', {})).status).toBe(303);
		const after = await onOther(browser, first).get('/account');
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toMatch(/^\/signin/);
	});

	it('counts a response posted to one process in the other’s report at once', async () => {
		const before = await respondents(second);
		for (const [i, server] of [first, second, first].entries()) {
			const sent = await fetch(`${server.url}/api/v1/collect/${link.token}/responses`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: server.url },
				body: JSON.stringify({ clientId: `two-processes-${i}`, language: 'fr', answers: respondentAnswers() })
			});
			expect(sent.status).toBe(201);
			expect(await respondents(second)).toBe(before + i + 1);
			expect(await respondents(first)).toBe(before + i + 1);
		}
	});

	it('applies a revocation made on one process on the other at once', async () => {
		const shared = await api(first, `/campaigns/${campaignId}/shares`, ownerToken, {
			method: 'POST',
			body: JSON.stringify({ organisationId: donorOrganisationId })
		});
		expect(shared.status).toBe(200);
		expect((await api(second, `/campaigns/${campaignId}/indicators`, donorToken)).status).toBe(200);
		expect(
			(await api(first, `/campaigns/${campaignId}/shares/${donorOrganisationId}`, ownerToken, { method: 'DELETE' }))
				.status
		).toBe(204);
		expect((await api(second, `/campaigns/${campaignId}/indicators`, donorToken)).status).toBe(404);
	});

	it('counts failed sign-ins across both processes', async () => {
		// Three failures are free per account; the fourth makes the next attempt wait. Two on each process:
		// neither alone has passed the free ones, together they have.
		for (const server of [first, second, first, second]) {
			const failed = await new HttpClient(server.url).post('/signin', { email: EMAIL, password: 'not the password' });
			expect(failed.status).toBe(400);
		}
		const refused = await new HttpClient(second.url).post('/signin', { email: EMAIL, password: PASSWORD });
		expect(refused.status).toBe(429);
	});
});
