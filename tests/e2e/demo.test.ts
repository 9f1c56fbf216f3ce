import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { HttpClient } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

describe('the demo from the administration page', () => {
	let server: RunningServer;

	beforeAll(async () => {
		server = await startServer();
	});
	afterAll(async () => server?.stop());

	it('is offered on an empty instance, made once by the administrator, and its accounts sign in', async () => {
		const admin = await setUpOverHttp(server.url, 'admin@example.org', 'Instance');
		const stranger = await signUpOverHttp(server.url, 'someone@example.org', 'Autre ONG');
		expect(await (await admin.get('/admin')).text()).toContain('action="?/demo"');
		expect((await stranger.post('/admin?/demo', {})).status).toBe(403);

		const made = await admin.post('/admin?/demo', {});
		expect(made.status).toBe(200);
		const page = await made.text();
		const accounts = [...page.matchAll(/<td>([^<]+@demo\.example\.org)<\/td><td><code>([a-z2-7]+)<\/code>/g)].map(
			([, email, password]) => ({ email, password })
		);
		expect(accounts.map((account) => account.email)).toEqual(['ngo-owner@demo.example.org', 'donor@demo.example.org']);
		expect(await (await admin.get('/admin')).text()).not.toContain('action="?/demo"');

		for (const { email, password } of accounts) {
			const client = new HttpClient(server.url);
			expect((await client.post('/signin', { email, password })).status).toBe(303);
			expect(await (await client.get('/campaigns')).text()).toContain(
				email.startsWith('donor') ? 'Rabat Fund (demo)' : 'Sahel Voices (demo)'
			);
		}
		const again = await admin.post('/admin?/demo', {});
		expect(again.status).toBe(409);
		const refusal = await again.text();
		expect(refusal).toContain('alert-error');
		expect(refusal).toContain('The demo is already here: its accounts');
	});
});
