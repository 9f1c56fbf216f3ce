import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { startServer, type RunningServer } from '../helpers/server';

const withPostgres = await postgresAvailable();

describe('the health check', () => {
	it('answers 200 while SQLite answers, never cached', async () => {
		const server = await startServer();
		try {
			const health = await fetch(`${server.url}/healthz`);
			expect(health.status).toBe(200);
			expect(health.headers.get('cache-control')).toBe('no-store');
			expect(await health.json()).toEqual({ status: 'ok' });
		} finally {
			await server.stop();
		}
	});

	describe.runIf(withPostgres)('on PostgreSQL', () => {
		let server: RunningServer;
		let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

		beforeAll(async () => {
			scratch = await createScratchDatabase();
			server = await startServer({ DATABASE_URL: scratch.url });
		});
		afterAll(async () => {
			await server.stop();
			await scratch.drop();
		});

		it('answers 200 with the database up, 503 once it is gone, and the server keeps serving', async () => {
			expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
			await scratch.drop();
			const down = await fetch(`${server.url}/healthz`);
			expect(down.status).toBe(503);
			expect(await down.json()).toEqual({ status: 'unavailable' });
			expect(server.logs()).not.toMatch(/select 1|password/i);
			expect((await fetch(`${server.url}/robots.txt`)).status).toBe(200);
		});
	});
});
