import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '$lib/server/accounts/sign-in';
import { ADDRESS, admin, setUpWithIssuedCode } from '../../../../helpers/administrator';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';

describe.each(DIALECTS)('signing in on %s', (dialect) => {
	let t: TestDatabase;
	beforeEach(async () => (t = await openTestDatabase(dialect)));
	afterEach(async () => t.close());

	it('answers the same for an unknown e-mail and a wrong password', async () => {
		await setUpWithIssuedCode(t.db);
		expect(await signIn(t.db, { email: admin.email, password: admin.password }, ADDRESS)).toMatchObject({ ok: true });
		expect(await signIn(t.db, { email: admin.email, password: 'wrong password' }, ADDRESS)).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(await signIn(t.db, { email: 'nobody@example.org', password: 'x' }, ADDRESS)).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	it('slows an account down after 3 failures, then refuses it for 15 minutes after 10, even with the right password', async () => {
		await setUpWithIssuedCode(t.db);
		const start = new Date('2026-01-01T10:00:00Z');
		let now = start;
		const wrong = () => signIn(t.db, { email: admin.email, password: 'wrong password' }, ADDRESS, now);
		const right = () => signIn(t.db, { email: admin.email, password: admin.password }, ADDRESS, now);
		for (let i = 0; i < 3; i++) expect(await wrong()).toEqual({ ok: false, reason: 'invalid' });
		expect(await wrong()).toEqual({ ok: false, reason: 'invalid' });
		// The 4th failure imposes a 1 s wait: an immediate attempt is refused, even a right one.
		expect(await right()).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 1 });
		now = new Date(start.getTime() + 1000);
		for (let i = 5; i <= 10; i++) {
			expect(await wrong()).toMatchObject({ ok: false, reason: 'invalid' });
			now = new Date(now.getTime() + 31_000);
		}
		const blocked = await right();
		expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
		expect(blocked.ok === false && blocked.reason === 'throttled' && blocked.retryAfterSeconds).toBeGreaterThan(600);
		now = new Date(now.getTime() + 15 * 60_000);
		expect(await right()).toMatchObject({ ok: true });
		// Success clears the account's count.
		expect(await wrong()).toEqual({ ok: false, reason: 'invalid' });
		expect(await right()).toMatchObject({ ok: true });
	});

	it('lets no more than the limit through when wrong passwords arrive all at once', async () => {
		await setUpWithIssuedCode(t.db);
		const now = new Date('2026-01-01T10:00:00Z');
		const results = await Promise.all(
			Array.from({ length: 30 }, () => signIn(t.db, { email: admin.email, password: 'wrong password' }, ADDRESS, now))
		);
		const checked = results.filter((r) => !r.ok && r.reason === 'invalid').length;
		expect(checked).toBeLessThanOrEqual(10);
		expect(results.filter((r) => !r.ok && r.reason === 'throttled').length).toBe(30 - checked);
		expect(await signIn(t.db, { email: admin.email, password: admin.password }, ADDRESS, now)).toMatchObject({
			reason: 'throttled'
		});
	});

	it('refuses an address that fails against many accounts', async () => {
		await setUpWithIssuedCode(t.db);
		const now = new Date('2026-01-01T10:00:00Z');
		for (let i = 0; i < 21; i++) {
			await signIn(t.db, { email: `user${i}@example.org`, password: 'guess' }, ADDRESS, now);
		}
		expect(await signIn(t.db, { email: admin.email, password: admin.password }, ADDRESS, now)).toMatchObject({
			ok: false,
			reason: 'throttled'
		});
		expect(await signIn(t.db, { email: admin.email, password: admin.password }, '192.0.2.99', now)).toMatchObject({
			ok: true
		});
	});
});
