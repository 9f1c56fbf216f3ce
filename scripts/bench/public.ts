// `npm run bench:public [-- --responses N --connections N --duration S]`: one campaign's public report read by
// anonymous visitors, on the build (`npm run build` first; this builds nothing). A campaign of N seeded responses
// (2,000 by default) is published, then 50 connections ask its public report, first as new visitors, then as
// returning ones (If-None-Match), while /healthz is asked one request after another. Prints requests a second and
// /healthz latency against a baseline measured first in the same run with no load. The limit per address is lifted
// (all the load comes from one); the tests prove it. Exits with status 1 when a budget fails.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { fork } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { publishPublicReport } from '../../src/lib/server/public-reports/service';
import { BenchError, ROOT, startApp } from './app.js';
import type { GetOutcome, GetPlan } from './get-load.js';
import { seed } from './indicators-data';
import { count, decimal, table } from './table.js';

const USAGE = 'usage: npm run bench:public -- [--responses N] [--connections N] [--duration S]';
/** PERFORMANCE.md's budgets: /healthz answers within 100 ms at p99 whatever the load. */
const HEALTH_P99_MS = 100;
const MIN_REQUESTS_PER_SECOND = 200;
/** Judged with the budget's rate offered; twice that and as fast as answered, the figures are measured and shown. */
const OFFERED_PER_SECOND = MIN_REQUESTS_PER_SECOND;

function readOptions(): { responses: number; connections: number; duration: number } {
	try {
		const { values } = parseArgs({
			options: {
				responses: { type: 'string', default: '2000' },
				connections: { type: 'string', default: '50' },
				duration: { type: 'string', default: '10' }
			},
			strict: true
		});
		const [responses, connections, duration] = [values.responses, values.connections, values.duration].map(Number);
		if (!Number.isInteger(responses) || responses < 100 || responses % 4 !== 0)
			throw new Error('--responses takes a multiple of 4, at least 100');
		if (!Number.isInteger(connections) || connections < 1)
			throw new Error('--connections takes a positive whole number');
		if (!Number.isInteger(duration) || duration < 1)
			throw new Error('--duration takes a positive whole number of seconds');
		return { responses, connections, duration };
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
		process.exit(2);
	}
}

function runLoad(plan: GetPlan): Promise<GetOutcome> {
	const child = fork(join(ROOT, 'scripts', 'bench', 'get-load.js'), [], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	return new Promise((done, fail) => {
		let outcome: GetOutcome | null = null;
		child.on('message', (message) => (outcome = message as GetOutcome));
		child.once('exit', (code) =>
			outcome ? done(outcome) : fail(new BenchError(`the load generator stopped with status ${code}`))
		);
		child.send(plan);
	});
}

const percentile = (sorted: number[], share: number): number =>
	sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;

/** /healthz asked one request after another until `work` ends: its p50, p99 and max in ms. */
async function probeHealthDuring<T>(
	url: string,
	work: Promise<T>
): Promise<{ result: T; p50: number; p99: number; max: number; n: number }> {
	const latencies: number[] = [];
	let done = false;
	const probe = (async () => {
		while (!done) {
			const started = performance.now();
			await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(60_000) }).then(
				(response) => response.arrayBuffer(),
				() => undefined
			);
			latencies.push(performance.now() - started);
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	})();
	let result: T;
	try {
		result = await work;
	} finally {
		done = true;
		await probe;
	}
	return { result, ...summarise(latencies) };
	function summarise(values: number[]) {
		values.sort((a, b) => a - b);
		return { p50: percentile(values, 0.5), p99: percentile(values, 0.99), max: values.at(-1) ?? NaN, n: values.length };
	}
}

async function main(): Promise<boolean> {
	const options = readOptions();
	if (!existsSync(join(ROOT, 'build', 'handler.js'))) throw new BenchError('no build found: run `npm run build` first');
	const dir = mkdtempSync(join(tmpdir(), 'mesure-bench-public-'));
	const databaseUrl = `sqlite:${join(dir, 'mesure.db')}`;
	const db = connectDatabase({ dialect: 'sqlite', path: join(dir, 'mesure.db') });
	try {
		const migrated = await migrateToLatest(db);
		if (!migrated.ok) throw new BenchError(`migration ${migrated.failed} failed`);
		const { ownerId, campaignIds } = await seed(db, [options.responses]);
		const { url: reportUrl } = await publishPublicReport(db, ownerId, campaignIds[0], 'http://bench');
		const path = new URL(reportUrl).pathname;
		// The load comes from one address: the limit per address is lifted for it.
		const app = await startApp({ databaseUrl, cwd: dir, env: { PUBLIC_REPORT_RATE_LIMIT: '0' } });
		try {
			const first = await fetch(`${app.url}${path}`, {
				headers: { 'accept-language': 'fr', 'accept-encoding': 'gzip' }
			});
			const etag = first.headers.get('etag');
			const html = await first.text();
			if (first.status !== 200) throw new BenchError(`the public report answered ${first.status}`);
			console.log(
				`bench:public — Node ${process.version}, SQLite; a campaign of ${count(options.responses)} responses; the report page: ${count(html.length)} bytes, ETag ${etag ?? 'none'}\n`
			);
			const plan = { url: app.url, path, connections: options.connections, duration: options.duration };
			const idle = await probeHealthDuring(
				app.url,
				new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))
			);
			const fresh = await probeHealthDuring(
				app.url,
				runLoad({ ...plan, headers: { 'accept-language': 'fr', 'accept-encoding': 'gzip' } })
			);
			const returning = etag
				? await probeHealthDuring(
						app.url,
						runLoad({ ...plan, headers: { 'accept-language': 'fr', 'accept-encoding': 'gzip', 'if-none-match': etag } })
					)
				: null;
			const split = await probeHealthDuring(
				app.url,
				runLoad({ ...plan, path: `${path}?by=sex`, headers: { 'accept-language': 'fr', 'accept-encoding': 'gzip' } })
			);
			const twice = await probeHealthDuring(
				app.url,
				runLoad({
					...plan,
					rate: 2 * OFFERED_PER_SECOND,
					headers: { 'accept-language': 'fr', 'accept-encoding': 'gzip' }
				})
			);
			const offered = await probeHealthDuring(
				app.url,
				runLoad({ ...plan, rate: OFFERED_PER_SECOND, headers: { 'accept-language': 'fr', 'accept-encoding': 'gzip' } })
			);
			const rows = [
				['no load (baseline)', null, idle, false],
				[`${options.connections} connections, new visitors, as fast as answered`, fresh.result, fresh, false],
				...(returning
					? [
							[
								`${options.connections} connections, returning visitors (If-None-Match)`,
								returning.result,
								returning,
								false
							]
						]
					: []),
				[`${options.connections} connections, split by sex`, split.result, split, false],
				[
					`${options.connections} connections, new visitors, ${2 * OFFERED_PER_SECOND} req/s offered`,
					twice.result,
					twice,
					false
				],
				[
					`${options.connections} connections, new visitors, ${OFFERED_PER_SECOND} req/s offered`,
					offered.result,
					offered,
					true
				]
			] as [string, GetOutcome | null, { p50: number; p99: number; max: number; n: number }, boolean][];
			console.log(
				table(
					[
						{ title: 'run' },
						{ title: 'req/s', right: true },
						{ title: 'statuses' },
						{ title: 'p99 ms', right: true },
						{ title: '/healthz n', right: true },
						{ title: 'p50 ms', right: true },
						{ title: 'p99 ms', right: true },
						{ title: 'max ms', right: true }
					],
					rows.map(([name, load, health]) => [
						name,
						load ? count(Math.round(load.requests / load.seconds)) : '',
						load
							? Object.entries(load.statuses)
									.map(([status, n]) => `${status}: ${n}`)
									.join(', ') + (load.errors ? `, errors: ${load.errors}` : '')
							: '',
						load ? decimal(load.latency.p99, 0) : '',
						String(health.n),
						decimal(health.p50, 1),
						decimal(health.p99, 1),
						decimal(health.max, 1)
					])
				)
			);
			const failures: string[] = [];
			for (const [name, load, health, judged] of rows.filter((row) => row[3])) {
				if (judged && load && health.p99 >= HEALTH_P99_MS)
					failures.push(`/healthz p99 ${decimal(health.p99, 0)} ms during "${name}", not under ${HEALTH_P99_MS} ms`);
				if (judged && load && load.requests / load.seconds < MIN_REQUESTS_PER_SECOND)
					failures.push(
						`${decimal(load.requests / load.seconds, 0)} req/s for "${name}", under ${MIN_REQUESTS_PER_SECOND}`
					);
			}
			console.log(
				`\nJudged: the last line, against PERFORMANCE.md (at least ${MIN_REQUESTS_PER_SECOND} req/s, /healthz p99 under ${HEALTH_P99_MS} ms); the others are measured.`
			);
			console.log(failures.length === 0 ? '\nBudgets met.' : `\nBudgets failed:\n- ${failures.join('\n- ')}`);
			return failures.length === 0;
		} finally {
			await app.stop();
		}
	} finally {
		await db.destroy();
		rmSync(dir, { recursive: true, force: true });
	}
}

main().then(
	(within) => (process.exitCode = within ? 0 : 1),
	(error) => {
		if (!(error instanceof BenchError)) throw error;
		console.error(`bench:public: ${error.message}`);
		process.exitCode = 2;
	}
);
