import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkThrottle, clearThrottle, recordFailure, type ThrottlePolicy } from '$lib/server/auth/throttle';
import { connectDatabase } from '$lib/server/db/connect';
import { migrateToLatest } from '$lib/server/db/migrate';
import type { Database } from '$lib/server/db/schema';
import { DIALECTS } from '../../../../helpers/db';
import { createScratchDatabase } from '../../../../helpers/postgres';

const policy: ThrottlePolicy = {
	windowSeconds: 60,
	freeFailures: 2,
	blockAfter: 4,
	blockSeconds: 300,
	maxDelaySeconds: 10
};

// Two handles on one database stand for two app processes behind a load balancer.
describe.each(DIALECTS)('throttling shared by two app processes on %s', (dialect) => {
	let first: Kysely<Database>;
	let second: Kysely<Database>;
	let cleanup: () => Promise<void>;

	beforeEach(async () => {
		if (dialect === 'postgres') {
			const scratch = await createScratchDatabase();
			first = connectDatabase({ dialect, url: scratch.url, poolSize: 2 });
			second = connectDatabase({ dialect, url: scratch.url, poolSize: 2 });
			cleanup = scratch.drop;
		} else {
			const dir = mkdtempSync(join(tmpdir(), 'mesure-throttle-'));
			first = connectDatabase({ dialect, path: join(dir, 'm.db') });
			second = connectDatabase({ dialect, path: join(dir, 'm.db') });
			cleanup = async () => rmSync(dir, { recursive: true, force: true });
		}
		await migrateToLatest(first);
	});
	afterEach(async () => {
		await first.destroy();
		await second.destroy();
		await cleanup();
	});

	it('counts failures from either process and blocks in both', async () => {
		const now = new Date('2026-02-01T08:00:00Z');
		expect(await recordFailure(first, 'k', policy, now)).toBe(1);
		expect(await recordFailure(second, 'k', policy, now)).toBe(2);
		expect(await checkThrottle(first, 'k', now)).toEqual({ allowed: true });
		expect(await recordFailure(first, 'k', policy, now)).toBe(3);
		expect(await checkThrottle(second, 'k', now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
		expect(await recordFailure(second, 'k', policy, now)).toBe(4);
		expect(await checkThrottle(first, 'k', now)).toEqual({ allowed: false, retryAfterSeconds: 300 });
		await clearThrottle(second, 'k');
		expect(await checkThrottle(first, 'k', now)).toEqual({ allowed: true });
	});

	it('counts concurrent failures without losing any', async () => {
		const now = new Date('2026-02-01T08:00:00Z');
		await Promise.all(Array.from({ length: 20 }, (_, i) => recordFailure(i % 2 ? first : second, 'c', policy, now)));
		const row = await first.selectFrom('throttles').select('failures').where('key', '=', 'c').executeTakeFirstOrThrow();
		expect(Number(row.failures)).toBe(20);
	});

	it('starts counting again once the window has passed', async () => {
		const start = new Date('2026-02-01T08:00:00Z');
		await recordFailure(first, 'w', policy, start);
		await recordFailure(first, 'w', policy, start);
		expect(await recordFailure(second, 'w', policy, new Date(start.getTime() + 61_000))).toBe(1);
	});
});
