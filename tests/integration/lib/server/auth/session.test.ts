import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	createSession,
	deleteExpiredSessions,
	generateSessionToken,
	invalidateSession,
	SESSION_LIFETIME_MS,
	validateSessionToken
} from '$lib/server/auth/session';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';

const DAY = 24 * 60 * 60 * 1000;

describe.each(DIALECTS)('sessions on %s', (dialect) => {
	let t: TestDatabase;
	let userId: string;
	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const { user } = await setUpSahelInfo(t.db, 'Awa', 'awa@example.org');
		userId = user.id;
	});
	afterEach(async () => t.close());

	it('stores only the hash of the token', async () => {
		const token = generateSessionToken();
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		await createSession(t.db, token, userId, null);
		const rows = await t.db.selectFrom('sessions').select('id').execute();
		expect(rows).toHaveLength(1);
		expect(rows[0].id).toMatch(/^[0-9a-f]{64}$/);
		expect(rows[0].id).not.toContain(token);
	});

	it('validates, slides the expiry in the last 15 days, and ends at expiry', async () => {
		const start = new Date('2026-03-01T00:00:00Z');
		const token = generateSessionToken();
		await createSession(t.db, token, userId, null, start);

		const early = await validateSessionToken(t.db, token, new Date(start.getTime() + 5 * DAY));
		expect(early.user?.email).toBe('awa@example.org');
		expect(early.renewed).toBe(false);

		const late = new Date(start.getTime() + 20 * DAY);
		const renewed = await validateSessionToken(t.db, token, late);
		expect(renewed.renewed).toBe(true);
		expect(renewed.session?.expiresAt.getTime()).toBe(late.getTime() + SESSION_LIFETIME_MS);

		const expired = await validateSessionToken(t.db, token, new Date(late.getTime() + SESSION_LIFETIME_MS));
		expect(expired.session).toBeNull();
		expect(await t.db.selectFrom('sessions').selectAll().execute()).toHaveLength(0);
	});

	it('forgets an invalidated session and an unknown token', async () => {
		const token = generateSessionToken();
		const session = await createSession(t.db, token, userId, null);
		await invalidateSession(t.db, session.id);
		expect((await validateSessionToken(t.db, token)).user).toBeNull();
		expect((await validateSessionToken(t.db, generateSessionToken())).user).toBeNull();
	});

	it('deletes expired sessions in bulk', async () => {
		const start = new Date('2026-03-01T00:00:00Z');
		await createSession(t.db, generateSessionToken(), userId, null, start);
		await createSession(t.db, generateSessionToken(), userId, null, new Date(start.getTime() + 20 * DAY));
		expect(await deleteExpiredSessions(t.db, new Date(start.getTime() + 31 * DAY))).toBe(1);
	});
});
