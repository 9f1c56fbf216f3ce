// `npm run bench:import [-- --rows N --no-pair]`: the CSV import of responses on the existing build (`npm run build`
// first; this builds nothing). A file of N short rows (1,000,000 by default, 4 MB) is sent to the import API
// once alone, then twice at once, then a file of 50,000 valid rows is checked and stored; meanwhile /healthz is asked one
// request after another. It prints the server's peak resident memory and /healthz latency (p50, p99, max)
// during each import, against a baseline measured first in the same run with no import, and exits with status 1
// when the 4 MB file's peak RSS is not under 300 MB or /healthz's p99 during a check of one file
// not under 100 ms.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchError, ROOT, startApp } from './app.js';
import { runCli, setUpCampaign, OWNER } from './campaign.js';

const USAGE = 'usage: npm run bench:import -- [--rows N] [--no-pair]';
const BASELINE_MS = 3000;
/** PERFORMANCE.md's budgets: the 4 MB file's peak memory, and /healthz while one file is checked (storing is one transaction). */
const PEAK_MB = 300;
const HEALTH_P99_MS = 100;

/** @returns {{ rows: number, pair: boolean }} */
function readOptions() {
	try {
		const { values } = parseArgs({
			options: { rows: { type: 'string', default: '1000000' }, 'no-pair': { type: 'boolean', default: false } },
			strict: true
		});
		const rows = Number(values.rows);
		if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows takes a positive whole number');
		return { rows, pair: !values['no-pair'] };
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
		process.exit(2);
	}
}

/** The process's resident memory now, in MB. @param {number} pid */
function residentMegabytes(pid) {
	try {
		const line = readFileSync(`/proc/${pid}/status`, 'utf8')
			.split('\n')
			.find((entry) => entry.startsWith('VmRSS:'));
		return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
	} catch {
		return 0; // the process is gone
	}
}

/** @param {number[]} sorted @param {number} share */
const percentile = (sorted, share) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;

/**
 * Asks /healthz one request after another, and reads the server's memory every 20 ms, until `work` ends.
 * @template T
 * @param {string} url
 * @param {number} pid
 * @param {() => Promise<T>} work
 */
async function measureDuring(url, pid, work) {
	const latencies = /** @type {number[]} */ ([]);
	let failures = 0;
	let done = false;
	let peak = residentMegabytes(pid);
	const before = peak;
	const sampler = setInterval(() => (peak = Math.max(peak, residentMegabytes(pid))), 20);
	const probe = (async () => {
		while (!done) {
			const started = performance.now();
			try {
				const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(120_000) });
				await response.arrayBuffer();
				if (!response.ok) failures += 1;
			} catch {
				failures += 1;
			}
			latencies.push(performance.now() - started);
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	})();
	const started = performance.now();
	let result;
	try {
		result = await work();
	} finally {
		done = true;
		await probe;
		clearInterval(sampler);
	}
	const seconds = (performance.now() - started) / 1000;
	peak = Math.max(peak, residentMegabytes(pid));
	latencies.sort((a, b) => a - b);
	return {
		result,
		seconds,
		before,
		peak,
		probes: latencies.length,
		failures,
		p50: percentile(latencies, 0.5),
		p99: percentile(latencies, 0.99),
		max: latencies.at(-1) ?? NaN
	};
}

/** @param {string} url @param {string} token @param {string} campaignId @param {string} body */
async function importFile(url, token, campaignId, body, dryRun = true) {
	const response = await fetch(
		`${url}/api/v1/campaigns/${campaignId}/responses/import?wave=baseline&group=exposed&language=fr${dryRun ? '&dryRun=1' : ''}`,
		{
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'accept-language': 'en' },
			body,
			signal: AbortSignal.timeout(600_000)
		}
	).catch((/** @type {Error} */ error) => error);
	if (response instanceof Error)
		return `no answer (${response.cause instanceof Error ? response.cause.message : response.message})`;
	const text = await response.text();
	/** @type {{ error?: { message: string }, rows?: number, imported?: boolean, toImport?: number }} */
	let answer;
	try {
		answer = JSON.parse(text);
	} catch {
		return `${response.status} ${text.length === 0 ? 'an empty answer' : text.slice(0, 80)}`;
	}
	return `${response.status} ${answer.error?.message ?? `${answer.rows} rows checked, ${answer.imported ? `${answer.toImport} stored` : 'none stored'}`}`;
}

/** @param {number} value */
const ms = (value) => value.toFixed(1).padStart(8);

async function main() {
	const options = readOptions();
	if (!existsSync(join(ROOT, 'build', 'handler.js'))) throw new BenchError('no build found: run `npm run build` first');
	const dir = mkdtempSync(join(tmpdir(), 'mesure-bench-import-'));
	const databaseUrl = `sqlite:${join(dir, 'mesure.db')}`;
	const app = await startApp({ databaseUrl, cwd: dir });
	try {
		const campaign = await setUpCampaign(app.url, databaseUrl);
		const token = runCli(databaseUrl, ['create-token', '--email', OWNER.email]);
		const pid = app.pid();
		if (pid === undefined) throw new BenchError('the app has no process id');
		// Short rows, as a hostile upload would be: consent and age, 4 bytes a row.
		const short = `C0,D2\n${'y,1\n'.repeat(options.rows)}`;
		const valid = `C0,D2\n${'yes,30\n'.repeat(50_000)}`;
		console.log(
			`bench:import — Node ${process.version}, SQLite; files: ${options.rows} short rows (${(short.length / 1e6).toFixed(1)} MB), 50,000 valid rows (${(valid.length / 1e6).toFixed(1)} MB)\n`
		);

		const runs = [
			{
				name: 'no import (baseline)',
				work: () => new Promise((resolve) => setTimeout(() => resolve('—'), BASELINE_MS))
			},
			{ name: `${options.rows} short rows`, work: () => importFile(app.url, token, campaign.id, short) },
			// Two readers and the server share the machine's cores: measured, not held to the budget.
			...(options.pair
				? [
						{
							name: `${options.rows} short rows ×2 at once`,
							unjudged: true,
							work: async () =>
								(await Promise.all([1, 2].map(() => importFile(app.url, token, campaign.id, short)))).join(' | ')
						}
					]
				: []),
			{ name: '50,000 valid rows, checked', work: () => importFile(app.url, token, campaign.id, valid) },
			{
				name: '50,000 valid rows, stored',
				work: () => importFile(app.url, token, campaign.id, valid, false),
				unjudged: true
			}
		];
		const failures = /** @type {string[]} */ ([]);
		console.log(
			'run                              |   s   | RSS before MB | peak RSS MB | /healthz n | fail |   p50 ms |   p99 ms |   max ms | answer'
		);
		for (const run of runs) {
			if (app.exitedOnItsOwn()) throw new BenchError(`the app ${app.exitedOnItsOwn()}:\n${app.logs().slice(-2000)}`);
			const figures = await measureDuring(app.url, pid, run.work);
			console.log(
				`${run.name.padEnd(32)} | ${figures.seconds.toFixed(1).padStart(5)} | ${figures.before.toFixed(0).padStart(13)} | ${figures.peak.toFixed(0).padStart(11)} | ${String(figures.probes).padStart(10)} | ${String(figures.failures).padStart(4)} | ${ms(figures.p50)} | ${ms(figures.p99)} | ${ms(figures.max)} | ${String(figures.result).slice(0, 140)}`
			);
			if (run.name === `${options.rows} short rows` && figures.peak >= PEAK_MB)
				failures.push(`peak RSS ${figures.peak.toFixed(0)} MB, not under ${PEAK_MB} MB`);
			if (!('unjudged' in run) && figures.p99 >= HEALTH_P99_MS)
				failures.push(`/healthz p99 ${figures.p99.toFixed(0)} ms during "${run.name}", not under ${HEALTH_P99_MS} ms`);
		}
		console.log(failures.length === 0 ? '\nBudgets met.' : `\nBudgets failed:\n- ${failures.join('\n- ')}`);
		if (failures.length > 0) process.exitCode = 1;
	} finally {
		await app.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	if (!(error instanceof BenchError)) throw error;
	console.error(`bench:import: ${error.message}`);
	process.exitCode = 1;
});
