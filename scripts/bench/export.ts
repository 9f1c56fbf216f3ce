// `npm run bench:export [-- --responses N]`: one campaign of N seeded synthetic responses (1,000,000 by default)
// and one of 20,000 in a fresh SQLite database; each exported as CSV from the built app over HTTP while the
// app's resident memory is read every 20 ms. Constant memory: the large export's peak is within 64 MB of the
// small one's, measured in the same run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiToken } from '../../src/lib/server/api-tokens/service';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { BenchError, buildApp, startApp } from './app.js';
import { seed } from './indicators-data';
import { count, decimal, table } from './table.js';

const SMALL = 20_000;
const MOST_GROWTH_MB = 64;

function readOptions(): { responses: number } {
	const { values } = parseArgs({ options: { responses: { type: 'string', default: '1000000' } }, strict: true });
	const responses = Number(values.responses);
	if (!Number.isInteger(responses) || responses < SMALL || responses % 4 !== 0) {
		console.error(`--responses takes a multiple of 4, at least ${SMALL}\nusage: npm run bench:export -- [--responses N]`);
		process.exit(2);
	}
	return { responses };
}

function residentMegabytes(pid: number): number {
	const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:'));
	return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

/** Downloads the campaign's export to the last byte, counting its lines, while the app's memory is read. */
async function measureExport(url: string, token: string, campaignId: string, pid: number) {
	const before = residentMegabytes(pid);
	let peak = before;
	const timer = setInterval(() => (peak = Math.max(peak, residentMegabytes(pid))), 20);
	const started = performance.now();
	try {
		const response = await fetch(`${url}/api/v1/campaigns/${campaignId}/responses.csv`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' } });
		if (response.status !== 200 || !response.body) throw new BenchError(`the export answered ${response.status}`);
		let bytes = 0;
		let lines = 0;
		const reader = response.body.getReader();
		for (let read = await reader.read(); !read.done; read = await reader.read()) {
			bytes += read.value.byteLength;
			for (const byte of read.value) if (byte === 10) lines++;
		}
		return { seconds: (performance.now() - started) / 1000, bytes, rows: lines - 1, before, peak };
	} finally {
		clearInterval(timer);
	}
}

const options = readOptions();
const dir = mkdtempSync(join(tmpdir(), 'mesure-bench-export-'));
const path = join(dir, 'bench.db');
const db = connectDatabase({ dialect: 'sqlite', path });
try {
	buildApp();
	const migrated = await migrateToLatest(db);
	if (!migrated.ok) throw new BenchError(`migration ${migrated.failed} failed`);
	const seeding = performance.now();
	const { ownerId, campaignIds } = await seed(db, [SMALL, options.responses]);
	console.log(`seeded ${count(SMALL + options.responses)} responses in ${decimal((performance.now() - seeding) / 1000, 1)} s`);
	const { token } = await createApiToken(db, ownerId, 'bench');
	const app = await startApp({ databaseUrl: `sqlite:${path}`, cwd: dir });
	try {
		const pid = app.pid()!;
		await measureExport(app.url, token, campaignIds[0], pid);
		const small = await measureExport(app.url, token, campaignIds[0], pid);
		const large = await measureExport(app.url, token, campaignIds[1], pid);
		if (small.rows !== SMALL || large.rows !== options.responses) throw new BenchError(`rows exported: ${small.rows} and ${large.rows}`);
		const growth = large.peak - small.peak;
		console.log(
			table(
				[{ title: 'export' }, { title: 'rows', right: true }, { title: 'MB', right: true }, { title: 's', right: true }, { title: 'rows/s', right: true }, { title: 'app RSS before MB', right: true }, { title: 'peak MB', right: true }],
				[small, large].map((run) => [
					run === small ? 'small campaign' : 'large campaign',
					count(run.rows),
					decimal(run.bytes / 1e6, 1),
					decimal(run.seconds, 1),
					count(run.rows / run.seconds),
					decimal(run.before, 0),
					decimal(run.peak, 0)
				])
			)
		);
		console.log(`\npeak memory of the large export over the small one's: ${decimal(growth, 1)} MB (budget ${MOST_GROWTH_MB} MB): ${growth <= MOST_GROWTH_MB ? 'within' : 'OVER'}`);
		process.exitCode = growth <= MOST_GROWTH_MB ? 0 : 1;
	} finally {
		await app.stop();
	}
} catch (error) {
	if (!(error instanceof BenchError)) throw error;
	console.error(`bench:export: ${error.message}`);
	process.exitCode = 2;
} finally {
	await db.destroy();
	rmSync(dir, { recursive: true, force: true });
}
