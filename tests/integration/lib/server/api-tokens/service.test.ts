import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	API_TOKEN_PREFIX,
	authenticateApiToken,
	createApiToken,
	listApiTokens,
	revokeApiToken
} from '$lib/server/api-tokens/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';

describe.each(DIALECTS)('API tokens on %s', (dialect) => {
	let t: TestDatabase;
	let userId: string;
	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		userId = (await setUpSahelInfo(t.db, 'Awa', 'awa@example.org')).user.id;
	});
	afterEach(async () => t.close());

	it('authenticates its owner, stores only a hash, records last use, and stops when revoked', async () => {
		const { token, apiToken } = await createApiToken(t.db, userId, 'R script');
		expect(token.startsWith(API_TOKEN_PREFIX)).toBe(true);
		const stored = await t.db.selectFrom('api_tokens').selectAll().executeTakeFirstOrThrow();
		expect(JSON.stringify(stored)).not.toContain(token.slice(API_TOKEN_PREFIX.length));

		const now = new Date('2026-06-01T12:00:00Z');
		expect((await authenticateApiToken(t.db, token, now))?.email).toBe('awa@example.org');
		expect((await listApiTokens(t.db, userId))[0]).toMatchObject({ name: 'R script', lastUsedAt: now.toISOString() });

		await revokeApiToken(t.db, userId, apiToken.id);
		expect(await authenticateApiToken(t.db, token)).toBeNull();
		expect(await listApiTokens(t.db, userId)).toEqual([]);
	});

	it('rejects unknown and malformed tokens, and another user revoking', async () => {
		const { apiToken } = await createApiToken(t.db, userId, 'mine');
		const other = await createUser(t.db, 'B');
		await expect(revokeApiToken(t.db, other.id, apiToken.id)).rejects.toMatchObject({ code: 'not_found' });
		for (const bad of ['', 'mesure_', `${API_TOKEN_PREFIX}${'a'.repeat(32)}`, 'x'.repeat(500)]) {
			expect(await authenticateApiToken(t.db, bad)).toBeNull();
		}
	});
});
