// `npm run bench:export [-- --responses N --format csv|xlsx|both]`: one campaign of N seeded synthetic responses
// (1,000,000 by default) and one of 20,000 in a fresh SQLite database; each exported (as CSV, XLSX or both) from
// the built app over HTTP while the app's resident memory is read every 20 ms. Constant memory: in each format the
// large export's peak is within 64 MB of the small one's, measured in the same run.
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
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

type Format = 'csv' | 'xlsx';

function readOptions(): { responses: number; formats: Format[] } {
	const { values } = parseArgs({
		options: { responses: { type: 'string', default: '1000000' }, format: { type: 'string', default: 'both' } },
		strict: true
	});
	const responses = Number(values.responses);
	const formats: Format[] | null =
		values.format === 'both'
			? ['csv', 'xlsx']
			: values.format === 'csv' || values.format === 'xlsx'
				? [values.format]
				: null;
	if (!Number.isInteger(responses) || responses < SMALL || responses % 4 !== 0 || formats === null) {
		console.error(
			`--responses takes a multiple of 4, at least ${SMALL}; --format csv, xlsx or both\nusage: npm run bench:export -- [--responses N] [--format both]`
		);
		process.exit(2);
	}
	return { responses, formats };
}

function residentMegabytes(pid: number): number {
	const line = readFileSync(`/proc/${pid}/status`, 'utf8')
		.split('\n')
		.find((entry) => entry.startsWith('VmRSS:'));
	return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

/** The responses of an XLSX export, read back after the timing: the rows of its sheets "responses", … but for their headers. */
async function countXlsxRows(path: string): Promise<number> {
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
		worksheets: 'emit',
		sharedStrings: 'ignore',
		styles: 'ignore',
		hyperlinks: 'ignore'
	});
	let rows = 0;
	for await (const sheet of reader) {
		if (!(sheet as unknown as { name: string }).name.startsWith('responses')) continue;
		let header = true;
		for await (const row of sheet) {
			if (header) header = false;
			else if (row) rows++;
		}
	}
	return rows;
}

/**
 * Downloads the campaign's export to the last byte while the app's memory is read: a CSV's lines are counted as
 * they come, an XLSX is written to a file and its rows counted once the clock has stopped.
 */
async function measureExport(url: string, token: string, campaignId: string, pid: number, format: Format) {
	const before = residentMegabytes(pid);
	let peak = before;
	const timer = setInterval(() => (peak = Math.max(peak, residentMegabytes(pid))), 20);
	const started = performance.now();
	try {
		const response = await fetch(`${url}/api/v1/campaigns/${campaignId}/responses.${format}`, {
			headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' }
		});
		if (response.status !== 200 || !response.body) throw new BenchError(`the export answered ${response.status}`);
		const file = format === 'xlsx' ? join(dir, `export-${campaignId}.xlsx`) : null;
		const output = file ? createWriteStream(file) : null;
		let bytes = 0;
		let lines = 0;
		const reader = response.body.getReader();
		for (let read = await reader.read(); !read.done; read = await reader.read()) {
			bytes += read.value.byteLength;
			if (output) {
				if (!output.write(read.value)) await once(output, 'drain');
			} else for (const byte of read.value) if (byte === 10) lines++;
		}
		const seconds = (performance.now() - started) / 1000;
		clearInterval(timer);
		if (!output || !file) return { seconds, bytes, rows: lines - 1, before, peak };
		output.end();
		await once(output, 'finish');
		const rows = await countXlsxRows(file);
		rmSync(file);
		return { seconds, bytes, rows, before, peak };
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
	console.log(
		`seeded ${count(SMALL + options.responses)} responses in ${decimal((performance.now() - seeding) / 1000, 1)} s`
	);
	const { token } = await createApiToken(db, ownerId, 'bench');
	const app = await startApp({ databaseUrl: `sqlite:${path}`, cwd: dir });
	try {
		const pid = app.pid()!;
		const results = [];
		for (const format of options.formats) {
			await measureExport(app.url, token, campaignIds[0], pid, format);
			const small = await measureExport(app.url, token, campaignIds[0], pid, format);
			const large = await measureExport(app.url, token, campaignIds[1], pid, format);
			if (small.rows !== SMALL || large.rows !== options.responses)
				throw new BenchError(`${format} rows exported: ${small.rows} and ${large.rows}`);
			results.push({ format, small, large, growth: large.peak - small.peak });
		}
		console.log(
			table(
				[
					{ title: 'export' },
					{ title: 'rows', right: true },
					{ title: 'MB', right: true },
					{ title: 's', right: true },
					{ title: 'rows/s', right: true },
					{ title: 'app RSS before MB', right: true },
					{ title: 'peak MB', right: true }
				],
				results.flatMap(({ format, small, large }) =>
					[small, large].map((run) => [
						`${format.toUpperCase()}, ${run === small ? 'small campaign' : 'large campaign'}`,
						count(run.rows),
						decimal(run.bytes / 1e6, 1),
						decimal(run.seconds, 1),
						count(run.rows / run.seconds),
						decimal(run.before, 0),
						decimal(run.peak, 0)
					])
				)
			)
		);
		console.log('');
		for (const { format, growth } of results) {
			console.log(
				`${format.toUpperCase()}: peak memory of the large export over the small one's: ${decimal(growth, 1)} MB (budget ${MOST_GROWTH_MB} MB): ${growth <= MOST_GROWTH_MB ? 'within' : 'OVER'}`
			);
		}
		process.exitCode = results.every(({ growth }) => growth <= MOST_GROWTH_MB) ? 0 : 1;
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
