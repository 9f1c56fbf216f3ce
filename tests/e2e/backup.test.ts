import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { respondentAnswers } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';

const ROOT = resolve(import.meta.dirname, '../..');

/** The command line in a process of its own, as an operator runs it beside the app. */
function runCliProcess(
	env: Record<string, string>,
	...argv: string[]
): Promise<{ code: number | null; output: string }> {
	return new Promise((done) => {
		const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/main.ts', ...argv], {
			cwd: ROOT,
			env: { PATH: process.env.PATH ?? '', ...env }
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('exit', (code) => done({ code, output }));
	});
}

/** What must agree in any consistent copy: every response counted once in the sums kept with it. */
function readCopy(path: string) {
	const copy = new SqliteDatabase(path, { readonly: true });
	try {
		return {
			integrity: copy.pragma('integrity_check', { simple: true }),
			foreignKeyProblems: (copy.pragma('foreign_key_check') as unknown[]).length,
			responses: (copy.prepare('select count(*) as n from responses').get() as { n: number }).n,
			summed: (copy.prepare('select coalesce(sum(respondents), 0) as n from indicator_sums').get() as { n: number }).n
		};
	} finally {
		copy.close();
	}
}

describe('backing up a live SQLite database and restoring it', () => {
	let server: RunningServer;
	let links: PublishedLink[];
	let dir: string;
	let stored = 0;

	const collect = (link: PublishedLink, clientId: string) =>
		fetch(`${server.url}/api/v1/collect/${link.token}/responses`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: server.url },
			body: JSON.stringify({ clientId, language: 'fr', answers: respondentAnswers() })
		});

	beforeAll(async () => {
		server = await startServer();
		const owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		links = (await publishOverHttp(server.url, await createTokenOverHttp(owner))).links;
		dir = mkdtempSync(join(tmpdir(), 'mesure-backup-'));
	});
	afterAll(async () => {
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	// Three processes start in this test (the command line twice, through tsx, and a server on the restored copy):
	// several seconds each on a loaded machine, more than the default 30 s in all.
	it('takes a consistent copy while responses keep arriving, and restores it', { timeout: 120_000 }, async () => {
		let writing = true;
		const writer = async (name: string) => {
			for (let i = 0; writing; i++) {
				const sent = await collect(links[i % links.length], `${name}-${String(i).padStart(6, '0')}`);
				if (sent.status === 201) stored++;
				else break;
			}
		};
		const writers = [writer('a'), writer('b')];
		await expect.poll(() => stored, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(30);
		const before = stored;
		const backup = join(dir, 'backup.db');
		const env = { DATABASE_URL: `sqlite:${server.databasePath}` };
		const taken = await runCliProcess(env, 'backup', backup);
		// More once the backup is taken, so that the copy is known to hold fewer than all: each writer may have had
		// one response stored, and not yet counted, when the copy ended.
		const taking = stored;
		await expect.poll(() => stored, { timeout: 20_000 }).toBeGreaterThan(taking + writers.length);
		writing = false;
		await Promise.all(writers);
		expect(taken.code, taken.output).toBe(0);
		expect(taken.output).toMatch(/^Backed up .* \(\d+\.\d MB\)\.$/m);

		const copy = readCopy(backup);
		expect(copy).toMatchObject({ integrity: 'ok', foreignKeyProblems: 0 });
		expect(copy.responses).toBeGreaterThanOrEqual(before);
		expect(copy.responses).toBeLessThan(stored);
		expect(copy.summed).toBe(copy.responses);

		const again = await runCliProcess(env, 'backup', backup);
		expect(again.code).toBe(1);
		expect(again.output).toContain('exists already');

		const quiet = { out: () => {}, err: (line: string) => refusals.push(line) };
		const refusals: string[] = [];
		expect(await runCli(['restore', backup], env, quiet)).toBe(1);
		expect(refusals.join('\n')).toContain('holds data: stop the app and add --force');
		expect(readCopy(server.databasePath!).responses).toBe(stored);

		const restoredPath = join(dir, 'restored.db');
		expect(await runCli(['restore', backup], { DATABASE_URL: `sqlite:${restoredPath}` }, quiet)).toBe(0);
		expect(readCopy(restoredPath)).toEqual(copy);

		const restored = await startServer({ DATABASE_URL: `sqlite:${restoredPath}` });
		try {
			const home = await fetch(`${restored.url}/signin`);
			expect(home.status).toBe(200);
		} finally {
			await restored.stop();
		}
	});

	it('refuses what is not a backup, and PostgreSQL, with a message', async () => {
		const lines: string[] = [];
		const output = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
		expect(
			await runCli(['restore', join(dir, 'missing.db')], { DATABASE_URL: `sqlite:${join(dir, 'x.db')}` }, output)
		).toBe(1);
		expect(await runCli(['backup'], { DATABASE_URL: `sqlite:${join(dir, 'x.db')}` }, output)).toBe(2);
		expect(
			await runCli(['backup', join(dir, 'pg.db')], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, output)
		).toBe(1);
		expect(lines.join('\n')).toMatch(/there is no backup at .*missing\.db[\s\S]*Name the backup file\.[\s\S]*pg_dump/);
	});
});
