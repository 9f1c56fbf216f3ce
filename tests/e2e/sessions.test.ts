import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenOverHttp, PASSWORD, setUpOverHttp } from '../helpers/accounts';
import { HttpClient } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

const EMAIL = 'owner@example.org';

describe('sessions: a new token at each sign-in, and signing out everywhere', () => {
	let server: RunningServer;
	let apiToken: string;

	const signIn = async (client = new HttpClient(server.url)) => {
		const response = await client.post('/signin', { email: EMAIL, password: PASSWORD });
		expect(response.status).toBe(303);
		return client;
	};
	/** Whether a session token is still let in, from a browser that holds only it. */
	const isLetIn = async (token: string | undefined) => {
		const response = await new HttpClient(server.url, { cookie: `mesure_session=${token}` }).get('/account');
		return response.status === 200;
	};

	beforeAll(async () => {
		server = await startServer();
		apiToken = await createTokenOverHttp(await setUpOverHttp(server.url, EMAIL, 'Sahel Info'));
	});
	afterAll(async () => server.stop());

	it('gives a new session token at each sign-in and ends the one the browser held', async () => {
		const browser = await signIn();
		const first = browser.cookie('mesure_session');
		expect(await isLetIn(first)).toBe(true);
		await signIn(browser);
		const second = browser.cookie('mesure_session');
		expect(second).not.toBe(first);
		expect(await isLetIn(first)).toBe(false);
		expect(await isLetIn(second)).toBe(true);
	});

	it('never takes a token the browser brought: a planted one is replaced, not adopted', async () => {
		const planted = 'a'.repeat(32);
		const browser = new HttpClient(server.url, { cookie: `mesure_session=${planted}` });
		const response = await browser.post('/signin', { email: EMAIL, password: PASSWORD });
		const cookie = response.headers.getSetCookie().find((line) => line.startsWith('mesure_session='))!;
		expect(cookie).not.toContain(planted);
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect(cookie).toMatch(/Path=\//i);
		expect(await isLetIn(planted)).toBe(false);
	});

	it('signs every session of the account out from the account page, and leaves API tokens alone', async () => {
		const phone = await signIn();
		const laptop = await signIn();
		const sessionTokens = [phone.cookie('mesure_session'), laptop.cookie('mesure_session')];
		for (const sessionToken of sessionTokens) expect(sessionToken).toMatch(/^[a-z0-9]{24,}$/);
		const response = await laptop.post('/account?/everywhere', {});
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/signin');
		expect(response.headers.getSetCookie().some((line) => /^mesure_session=;|Max-Age=0/i.test(line))).toBe(true);
		for (const client of [phone, laptop]) {
			const after = await client.get('/account');
			expect(after.status).toBe(303);
			expect(after.headers.get('location')).toMatch(/^\/signin/);
		}
		expect((await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${apiToken}` } })).status).toBe(
			200
		);
		expect(server.logs()).not.toContain(PASSWORD);
		expect(server.logs()).not.toContain(apiToken);
		for (const sessionToken of sessionTokens) expect(server.logs()).not.toContain(sessionToken);
	});
});
