import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as en } from '$lib/i18n/catalogues/en';
import { messages as fr } from '$lib/i18n/catalogues/fr';
import { PASSWORD, setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { HttpClient, mainOf } from '../helpers/http';
import { sendRaw } from '../helpers/raw-http';
import { setupCodeOf, startServer, type RunningServer } from '../helpers/server';

const ADMIN = {
	name: 'Awa Diop',
	email: 'awa@example.org',
	password: PASSWORD,
	organisationName: 'Sahel Info',
	organisationType: 'ngo'
};

describe('a fresh instance, started as `npm start` starts it (local mode)', () => {
	let server: RunningServer;
	beforeAll(async () => (server = await startServer()));
	afterAll(async () => server.stop());

	it('prints a one-time set-up code on the console', () => {
		expect(server.logs()).toMatch(
			/Open http:\/\/localhost:\d+\/setup and enter this one-time set-up code:\s+[a-z2-7]{4}(-[a-z2-7]{4}){7}/
		);
	});

	it('refuses /setup on a Host that is not this machine’s, in the visitor’s language', async () => {
		for (const [language, message] of [
			['en', en['errors.setup_host_refused']],
			['fr', fr['errors.setup_host_refused']]
		] as const) {
			const page = await sendRaw(`${server.url}/setup`, {
				method: 'GET',
				headers: { host: 'evil.example', 'accept-language': language },
				body: ''
			});
			expect(page.status).toBe(421);
			expect(page.text).toContain(message.replace('{host}', 'evil.example'));
		}
		const body = new URLSearchParams({ ...ADMIN, setupCode: setupCodeOf(server) }).toString();
		const posted = await sendRaw(`${server.url}/setup`, {
			headers: {
				host: 'evil.example',
				origin: 'http://evil.example',
				'content-type': 'application/x-www-form-urlencoded',
				'content-length': String(Buffer.byteLength(body))
			},
			body
		});
		expect(posted.status).toBe(421);
		// The machine's own names still work.
		const local = await sendRaw(`${server.url}/setup`, {
			method: 'GET',
			headers: { host: `localhost:${new URL(server.url).port}` },
			body: ''
		});
		expect(local.status).toBe(200);
	});

	it('sets up the administrator only with the printed code, and only once', async () => {
		const guess = await new HttpClient(server.url).post('/setup', {
			...ADMIN,
			setupCode: 'aaaa-bbbb-cccc-dddd-eeee-ffff-gggg-hhhh'
		});
		expect(guess.status).toBe(403);
		expect(mainOf(await guess.text())).toContain(en['errors.setup_code_wrong']);
		const none = await new HttpClient(server.url).post('/setup', ADMIN);
		expect(none.status).toBe(400);
		expect((await new HttpClient(server.url).get('/')).headers.get('location')).toBe('/setup');

		const code = setupCodeOf(server);
		expect((await new HttpClient(server.url).post('/setup', { ...ADMIN, setupCode: code })).status).toBe(303);
		const again = await new HttpClient(server.url).post('/setup', {
			...ADMIN,
			email: 'mallory@example.org',
			setupCode: code
		});
		expect(again.headers.get('location')).toBe('/');
		const admin = new HttpClient(server.url);
		expect((await admin.post('/signin', { email: 'mallory@example.org', password: PASSWORD })).status).toBe(400);
	});

	it('keeps sign-up closed until the administrator opens it', async () => {
		// The administrator, as the test above leaves them (set-up works once: after it, this changes nothing).
		expect((await new HttpClient(server.url).post('/setup', { ...ADMIN, setupCode: setupCodeOf(server) })).status).toBe(
			303
		);
		const page = await new HttpClient(server.url).get('/signup');
		expect(mainOf(await page.text())).toContain(en['errors.signup_closed']);
		const refused = await new HttpClient(server.url).post('/signup', {
			...ADMIN,
			email: 'x@example.org',
			organisationName: 'Another NGO'
		});
		expect(refused.status).toBe(403);
		const admin = new HttpClient(server.url);
		await admin.post('/signin', { email: ADMIN.email, password: PASSWORD });
		expect((await admin.post('/admin?/signup', { openSignup: 'on' })).status).toBe(200);
		expect(
			(
				await new HttpClient(server.url).post('/signup', {
					...ADMIN,
					email: 'x@example.org',
					organisationName: 'Another NGO'
				})
			).status
		).toBe(303);
	});
});

describe('sign-up on an instance where it is open', () => {
	let server: RunningServer;
	let admin: HttpClient;
	beforeAll(async () => {
		server = await startServer();
		admin = await setUpOverHttp(server.url, ADMIN.email, ADMIN.organisationName);
		await signUpOverHttp(server.url, 'binta@example.org', 'Rabat Fund', 'donor', { verify: false });
	});
	afterAll(async () => server.stop());

	it('answers the same for an address that already has an account as for a new one, and tells the administrator', async () => {
		const form = (email: string, organisationName: string) => ({
			name: 'Someone',
			email,
			password: 'another long password',
			organisationName,
			organisationType: 'donor'
		});
		const fresh = await new HttpClient(server.url).post('/signup', form('new@example.org', 'Fonds Neuf'));
		const taken = await new HttpClient(server.url).post('/signup', form('binta@example.org', 'Fonds Autre'));
		const shape = async (response: Response) => ({
			status: response.status,
			location: response.headers.get('location'),
			cookies: response.headers.getSetCookie().map((cookie) => cookie.split('=')[0]),
			body: await response.text()
		});
		const answer = await shape(fresh);
		expect(await shape(taken)).toEqual(answer);
		expect(answer.location).toBe('/signin?signed_up=1');
		expect(answer.cookies).not.toContain('mesure_session');
		// Nothing was made for the taken address, nor did its password change.
		expect(
			(
				await new HttpClient(server.url).post('/signin', {
					email: 'binta@example.org',
					password: 'another long password'
				})
			).status
		).toBe(400);
		expect(
			(await new HttpClient(server.url).post('/signin', { email: 'binta@example.org', password: PASSWORD })).status
		).toBe(303);
		expect(
			(
				await new HttpClient(server.url).post('/signin', {
					email: 'new@example.org',
					password: 'another long password'
				})
			).status
		).toBe(303);
		const page = mainOf(await (await admin.get('/admin')).text());
		expect(page).toContain(en['admin.signup_attempts']);
		expect(page).toMatch(/<td>binta@example\.org<\/td><td>1<\/td>/);
		expect(page).not.toMatch(/<td>new@example\.org<\/td><td>\d/);
	});

	it('refuses a name another organisation has, case and accents aside', async () => {
		for (const name of ['rabat fund', 'Rabat Fünd', 'RABAT  FUND']) {
			const refused = await new HttpClient(server.url, { 'accept-language': 'fr' }).post('/signup', {
				name: 'Mallory',
				email: `mallory${name.length}@example.org`,
				password: PASSWORD,
				organisationName: name,
				organisationType: 'donor'
			});
			expect(refused.status).toBe(409);
			expect(mainOf(await refused.text())).toContain(fr['errors.organisation_name_taken']);
		}
	});

	it('lets the administrator verify a donor on the administration page, showing when and by whom', async () => {
		const before = mainOf(await (await admin.get('/admin')).text());
		const id = new RegExp(
			`value="([a-z2-7]{24})"/> <button[^>]*>${en['admin.verify_named'].replace('{name}', 'Rabat Fund')}<`
		).exec(before)![1];
		const outsider = new HttpClient(server.url);
		await outsider.post('/signin', { email: 'binta@example.org', password: PASSWORD });
		expect((await outsider.post('/admin?/verify', { organisationId: id })).status).toBe(403);
		const verified = await admin.post('/admin?/verify', { organisationId: id });
		expect(verified.status).toBe(200);
		const after = mainOf(await verified.text());
		expect(after).toContain(en['admin.verified'].replace('{name}', 'Rabat Fund'));
		expect(after).toContain(
			en['admin.verified_by']
				.replace('{date}', new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date()))
				.replace('{by}', ADMIN.email)
		);
	});
});
