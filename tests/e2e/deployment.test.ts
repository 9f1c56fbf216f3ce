import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../helpers/http';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { setupCodeOf, startServer, type RunningServer } from '../helpers/server';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const ADMIN = {
	name: 'Op',
	email: 'op@example.org',
	password: 'operator password',
	organisationName: 'Fonds',
	organisationType: 'donor'
};

describe('behind an https reverse proxy (ORIGIN set)', () => {
	let server: RunningServer;
	beforeAll(async () => (server = await startServer({ ORIGIN: 'https://mesure.example.org' })));
	afterAll(async () => server.stop());

	it('accepts forms from the public origin only, and marks the session cookie Secure', async () => {
		const client = new HttpClient(server.url);
		const setupCode = setupCodeOf(server);
		expect(server.logs()).toContain(`Open https://mesure.example.org/setup and enter this one-time set-up code:`);
		const foreign = await client.post('/setup', { ...ADMIN, setupCode });
		expect(foreign.status).toBe(403);
		const proxied = await client.post('/setup', { ...ADMIN, setupCode }, { origin: 'https://mesure.example.org' });
		expect(proxied.status).toBe(303);
		const cookie = proxied.headers.getSetCookie().find((c) => c.startsWith('mesure_session='))!;
		expect(cookie).toMatch(/;\s*Secure/i);
		expect((await client.get('/')).headers.get('strict-transport-security')).toContain('max-age=');
	});
});

describe('operators’ command line, as `npm run cli` runs it', () => {
	let dir: string;
	beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'mesure-cli-e2e-'))));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('creates a user and a token that the started app accepts', async () => {
		const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'm.db')}` };
		const created = await run(
			'npm',
			[
				'run',
				'--silent',
				'cli',
				'--',
				'create-user',
				'--email',
				ADMIN.email,
				'--password',
				ADMIN.password,
				'--org',
				'Fonds',
				'--org-type',
				'donor',
				'--admin'
			],
			{ cwd: ROOT, env }
		);
		expect(created.stdout).toContain('Created user op@example.org');
		const token = (
			await run('npm', ['run', '--silent', 'cli', '--', 'create-token', '--email', ADMIN.email], { cwd: ROOT, env })
		).stdout
			.trim()
			.split('\n')
			.at(-1)!;
		expect(token).toMatch(/^mesure_[a-z2-7]{32}$/);

		const failed = await run('npm', ['run', '--silent', 'cli', '--', 'create-user', '--org-type', 'bank'], {
			cwd: ROOT,
			env
		}).catch((e) => e);
		expect(failed.code).toBe(2);
		expect(failed.stderr).toContain('Usage: npm run cli');

		const server = await startServer({ DATABASE_URL: env.DATABASE_URL });
		try {
			const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
			expect(await me.json()).toMatchObject({
				email: ADMIN.email,
				isAdmin: true,
				organisations: [{ name: 'Fonds', role: 'owner' }]
			});
		} finally {
			await server.stop();
		}
	});
});

describe('a database that does not answer', () => {
	it('stops the start with a clear message and no stack trace', async () => {
		const failure = await startServer({ DATABASE_URL: 'postgres://mesure:secret-word@127.0.0.1:9/none' }).catch(
			(e: Error) => e
		);
		expect(failure).toBeInstanceOf(Error);
		const message = (failure as Error).message;
		expect(message).toContain('Mesure cannot start: the database did not answer');
		expect(message).toContain('ECONNREFUSED');
		expect(message).not.toMatch(/^\s+at /m);
		expect(message).not.toContain('secret-word');
	});

	it.each([
		[{ DATABASE_URL: 'mysql://mesure:secret-word@db/m' }, 'DATABASE_URL must start with'],
		[{ SQLITE_SYNCHRONOUS: 'off' }, 'SQLITE_SYNCHRONOUS must be normal or full'],
		[{ SQLITE_MMAP_SIZE: '1GB' }, 'SQLITE_MMAP_SIZE must be a whole number of bytes'],
		[{ PUBLIC_REPORT_RATE_LIMIT: 'lots' }, 'PUBLIC_REPORT_RATE_LIMIT must be a whole number']
	])('stops on a setting it cannot use, %j, saying which', async (env, expected) => {
		const failure = await startServer(env).catch((e: Error) => e);
		const message = (failure as Error).message;
		expect(message).toContain(`Mesure cannot start: ${expected}`);
		expect(message).not.toMatch(/^\s+at /m);
		expect(message).not.toContain('secret-word');
	});
});

const withPostgres = await postgresAvailable();

describe.skipIf(!withPostgres)('on PostgreSQL (DATABASE_URL=postgres://…)', () => {
	let server: RunningServer;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		const scratch = await createScratchDatabase();
		drop = scratch.drop;
		server = await startServer({ DATABASE_URL: scratch.url });
	});
	afterAll(async () => {
		await server?.stop();
		await drop?.();
	});

	it('migrates on start, sets up, signs in and serves the API', async () => {
		const client = new HttpClient(server.url);
		expect((await client.get('/')).headers.get('location')).toBe('/setup');
		expect((await client.post('/setup', { ...ADMIN, setupCode: setupCodeOf(server) })).status).toBe(303);
		const fresh = new HttpClient(server.url);
		expect((await fresh.post('/signin', { email: ADMIN.email, password: 'wrong password' })).status).toBe(400);
		expect((await fresh.post('/signin', { email: ADMIN.email, password: ADMIN.password })).status).toBe(303);
		const created = await (await fresh.post('/account/tokens?/create', { name: 'pg' })).text();
		const token = /mesure_[a-z2-7]{32}/.exec(created)![0];
		const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
		expect(await me.json()).toMatchObject({ email: ADMIN.email, organisations: [{ name: 'Fonds', type: 'donor' }] });
	});
});
