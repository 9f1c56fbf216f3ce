import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../helpers/http';
import { setupCodeOf, startServer, type RunningServer } from '../helpers/server';

const ADMIN = {
	name: 'Awa Diop',
	email: 'awa@example.org',
	password: 'a long enough password',
	organisationName: 'Sahel Info',
	organisationType: 'ngo'
};

describe('the built app, started as `npm start` starts it (local mode)', () => {
	let server: RunningServer;
	beforeAll(async () => (server = await startServer()));
	afterAll(async () => server.stop());

	/** The administrator set up, as the first test leaves the instance (set-up works once: after it, this changes nothing). */
	const setUp = async () =>
		expect((await new HttpClient(server.url).post('/setup', { ...ADMIN, setupCode: setupCodeOf(server) })).status).toBe(
			303
		);

	it('sends a first visitor to set-up, then sets up the administrator through a plain form post', async () => {
		const browser = new HttpClient(server.url);
		const home = await browser.get('/');
		expect(home.status).toBe(303);
		expect(home.headers.get('location')).toBe('/setup');

		const bad = await browser.post('/setup', { ...ADMIN, email: 'nope', password: 'Pw9x' });
		expect(bad.status).toBe(400);
		const page = await bad.text();
		expect(page).toContain('Enter a valid e-mail address');
		expect(page).toContain('Use at least 10 characters.');
		expect(page).toContain('value="Awa Diop"');
		expect(page).not.toContain('Pw9x');

		const done = await browser.post('/setup', { ...ADMIN, setupCode: setupCodeOf(server) });
		expect(done.status).toBe(303);
		expect(done.headers.get('location')).toBe('/');
		const cookie = done.headers.getSetCookie().find((c) => c.startsWith('mesure_session='))!;
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect(cookie).not.toMatch(/Secure/i);
		expect(await (await browser.get('/')).text()).toContain('Welcome, Awa Diop');

		expect((await new HttpClient(server.url).get('/setup')).headers.get('location')).toBe('/');
		const second = await new HttpClient(server.url).post('/setup', { ...ADMIN, email: 'b@example.org' });
		expect(second.status).toBe(303);
		expect(second.headers.get('location')).toBe('/');
	});

	it('tells someone whose invitation link is bad, on the invitation and on sign-up', async () => {
		await setUp();
		const message = 'This invitation link is not valid. Ask for a new one.';
		for (const path of [
			'/invite/abcdefghijklmnopqrstuvwxyz234567',
			'/invite/short',
			'/signup?invite=abcdefghijklmnopqrstuvwxyz234567'
		]) {
			const response = await new HttpClient(server.url).get(path);
			expect(response.status, path).toBe(200);
			expect(await response.text(), path).toContain(message);
		}
	});

	it('refuses a form posted from another site', async () => {
		await setUp();
		const response = await new HttpClient(server.url).post(
			'/signin',
			{ email: ADMIN.email, password: ADMIN.password },
			{ origin: 'https://evil.example' }
		);
		expect(response.status).toBe(403);
	});

	it('sets security headers and a Content-Security-Policy on pages', async () => {
		await setUp();
		const response = await new HttpClient(server.url).get('/signin');
		expect(response.status).toBe(200);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("frame-ancestors 'none'");
		// Hashes, never a nonce: a page served again as it was rendered keeps a policy that is true of it.
		expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
		expect(csp).not.toContain('nonce-');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('same-origin');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
	});

	it('sends the common security headers with static files too', async () => {
		await setUp();
		const page = await (await new HttpClient(server.url).get('/signin')).text();
		const stylesheet = /href="\.\/(_app\/immutable\/assets\/[^"]+\.css)"/.exec(page)![1];
		for (const path of [`/${stylesheet}`, '/favicon.svg', '/robots.txt']) {
			const response = await fetch(`${server.url}${path}`);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
		}
	});

	it('answers an unknown page with a 404 page in the visitor’s language', async () => {
		await setUp();
		const english = await new HttpClient(server.url).get('/no/such/page');
		expect(english.status).toBe(404);
		expect(await english.text()).toContain('Page not found');
		const french = await new HttpClient(server.url, { 'accept-language': 'fr-SN,fr;q=0.9' }).get('/no/such/page');
		expect(french.status).toBe(404);
		const html = await french.text();
		expect(html).toContain('<html lang="fr" dir="ltr">');
		expect(html).toContain('Page introuvable');
	});

	it('answers a malformed or unknown organisation id with a 404 page', async () => {
		await setUp();
		const browser = new HttpClient(server.url);
		expect((await browser.post('/signin', { email: ADMIN.email, password: ADMIN.password })).status).toBe(303);
		for (const id of ['not-an-id', 'aaaaaaaaaaaaaaaaaaaaaaaa', "x' or 1=1 --"]) {
			const response = await browser.get(`/organisations/${encodeURIComponent(id)}/members`);
			expect(response.status).toBe(404);
			expect(await response.text()).toContain('Page not found');
		}
	});

	it('remembers the language chosen with the switch, and refuses one it does not have', async () => {
		await setUp();
		const browser = new HttpClient(server.url);
		const switched = await browser.post('/language', { locale: 'fr', redirectTo: '/signin' });
		expect(switched.status).toBe(303);
		expect(switched.headers.get('location')).toBe('/signin');
		const page = await (await browser.get('/signin')).text();
		expect(page).toContain('<html lang="fr"');
		expect(page).toContain('Se connecter');
		const wrong = await browser.post('/signin', { email: 'x', password: '' });
		expect(wrong.status).toBe(400);
		expect(await wrong.text()).toContain('Saisissez une adresse e-mail valide');

		expect((await browser.post('/language', { locale: 'tlh', redirectTo: '/' })).status).toBe(400);
		expect(
			(await browser.post('/language', { locale: 'en', redirectTo: 'https://evil.example' })).headers.get('location')
		).toBe('/');
	});

	it('keeps a signed-in person’s language on their account, for every device, right to left in Arabic', async () => {
		await setUp();
		const laptop = new HttpClient(server.url);
		expect((await laptop.post('/signin', { email: ADMIN.email, password: ADMIN.password })).status).toBe(303);
		expect((await laptop.post('/language', { locale: 'ar', redirectTo: '/' })).status).toBe(303);

		// Another device: a browser that asks for Portuguese, no language chosen on it.
		const phone = new HttpClient(server.url);
		expect((await phone.post('/signin', { email: ADMIN.email, password: ADMIN.password })).status).toBe(303);
		const home = await (await phone.get('/campaigns', { 'accept-language': 'pt-GW,pt;q=0.9' })).text();
		expect(home).toContain('<html lang="ar" dir="rtl">');
		// Signed out, the browser's language again.
		const visitor = await (
			await new HttpClient(server.url).get('/signin', { 'accept-language': 'pt-GW,pt;q=0.9' })
		).text();
		expect(visitor).toContain('<html lang="pt" dir="ltr">');
		expect(visitor).toContain('Entrar');
	});

	it('gives one neutral message for a wrong password or an unknown e-mail', async () => {
		await setUp();
		const wrong = await new HttpClient(server.url).post('/signin', {
			email: ADMIN.email,
			password: 'not the password'
		});
		const unknown = await new HttpClient(server.url).post('/signin', {
			email: 'ghost@example.org',
			password: 'not the password'
		});
		expect(wrong.status).toBe(400);
		expect(unknown.status).toBe(400);
		const message = 'This e-mail address and password do not match an account.';
		expect(await wrong.text()).toContain(message);
		expect(await unknown.text()).toContain(message);
	});

	it('serves the API to a bearer token only, with JSON errors', async () => {
		await setUp();
		const browser = new HttpClient(server.url);
		expect((await browser.post('/signin', { email: ADMIN.email, password: ADMIN.password })).status).toBe(303);
		const created = await browser.post('/account/tokens?/create', { name: 'R script' });
		expect(created.status).toBe(200);
		const token = /mesure_[a-z2-7]{32}/.exec(await created.text())?.[0];
		expect(token).toBeDefined();

		const anonymous = await fetch(`${server.url}/api/v1/me`);
		expect(anonymous.status).toBe(401);
		expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
		expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthenticated' } });

		const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
		expect(me.status).toBe(200);
		expect(await me.json()).toMatchObject({
			email: ADMIN.email,
			isAdmin: true,
			organisations: [{ name: 'Sahel Info', type: 'ngo', role: 'owner' }]
		});

		const wrongMethod = await fetch(`${server.url}/api/v1/me`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}` }
		});
		expect(wrongMethod.status).toBe(405);
		expect(await wrongMethod.json()).toMatchObject({ error: { code: 'method_not_allowed' } });

		// A session cookie alone does not open the API.
		const withCookie = await browser.get('/api/v1/me', { accept: 'application/json' });
		expect(withCookie.status).toBe(401);

		const missing = await fetch(`${server.url}/api/v1/nothing`, { headers: { authorization: `Bearer ${token}` } });
		expect(missing.status).toBe(404);
		expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });

		const list = await (await browser.get('/account/tokens')).text();
		expect(list).toContain('R script');
		expect(list).not.toContain(token!);
		const tokenId = /name="tokenId" value="([a-z2-7]+)"/.exec(list)?.[1];
		expect((await browser.post('/account/tokens?/revoke', { tokenId: tokenId! })).status).toBe(200);
		expect((await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
			401
		);
	});

	it('never logs a password or a token', async () => {
		await setUp();
		const browser = new HttpClient(server.url);
		expect((await browser.post('/signin', { email: ADMIN.email, password: ADMIN.password })).status).toBe(303);
		expect((await browser.post('/account/tokens?/create', { name: 'Logged?' })).status).toBe(200);
		expect(server.logs()).not.toContain(ADMIN.password);
		expect(server.logs()).not.toMatch(/mesure_[a-z2-7]{32}/);
	});
});
