import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POSTGRES_ADMIN_URL, postgresAvailable } from '../helpers/postgres';

const ROOT = resolve(import.meta.dirname, '../..');
const SQLITE = { name: 'SQLite', url: null };
const DATABASES = (await postgresAvailable()) ? [SQLITE, { name: 'PostgreSQL', url: POSTGRES_ADMIN_URL }] : [SQLITE];

/** bench:submit at a reduced size (with --kill: respondents post while the app is SIGKILLed and restarted). */
function runSubmitBenchmark(
	database: string | null,
	...extra: string[]
): Promise<{ code: number | null; output: string }> {
	const args = [
		join(ROOT, 'scripts', 'bench', 'submit.js'),
		...extra,
		'--built',
		'--duration',
		'4',
		'--connections',
		'10'
	];
	if (database) args.push('--database', database);
	return new Promise((done) => {
		const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('exit', (code) => done({ code, output }));
	});
}

describe.each(DATABASES)('killing the app while respondents post, on $name', ({ url }) => {
	it('loses no acknowledged response', { timeout: 120_000 }, async () => {
		const run = await runSubmitBenchmark(url, '--kill');
		expect(run.code, run.output).toBe(0);
		const counts = /acknowledged ([\d,]+) \/ stored ([\d,]+) \/ lost (\d+)/.exec(run.output);
		expect(counts, run.output).not.toBeNull();
		expect(Number(counts![1].replace(/,/g, ''))).toBeGreaterThan(0);
		expect(counts![3]).toBe('0');
		expect(run.output).toMatch(/SIGKILL to the app \(pid \d+\)/);
	});
});

describe('the load benchmark at a reduced size, on SQLite', () => {
	// Its speed budget is for a quiet machine (npm run bench:submit); here it shows the load runs and loses nothing.
	it('stores every acknowledged answer, and each stored answer was sent', { timeout: 120_000 }, async () => {
		const run = await runSubmitBenchmark(null);
		expect(run.output).toMatch(/Mesure \/ bare: [\d.]+ \(/);
		expect(run.output).toMatch(/bare: stored = acknowledged\s+0 lost, [\d,]+ stored unacknowledged\s+ok/);
		expect(run.output).toMatch(/Mesure: stored = acknowledged\s+0 lost, [\d,]+ stored unacknowledged\s+ok/);
	});
});
