// `npm run bench:indicators [-- --campaigns N --per-campaign N --database postgres://… --repeat N]`: seeded synthetic
// responses (by default 50 campaigns of 20,000, 1,000,000 in all) in a fresh database, then, from the built app
// over HTTP, one campaign's full report and the 50-campaign comparison, computed anew after a new response and
// with nothing changed since, against plain scans of the same responses timed in the same run. Medians;
// PERFORMANCE.md's budgets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { DIMENSIONS } from '../../src/lib/indicators';
import { createApiToken } from '../../src/lib/server/api-tokens/service';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import type { Database } from '../../src/lib/server/db/schema';
import { BenchError, buildApp, startApp } from './app.js';
import { answerOnce, seed } from './indicators-data';
import { createScratchPostgres } from './stores.js';
import { count, decimal, table } from './table.js';

const USAGE =
	'usage: npm run bench:indicators -- [--campaigns N] [--per-campaign N] [--repeat N] [--database postgres://…]';

function readOptions() {
	try {
		const { values } = parseArgs({
			options: {
				campaigns: { type: 'string', default: '50' },
				'per-campaign': { type: 'string', default: '20000' },
				repeat: { type: 'string', default: '15' },
				database: { type: 'string' }
			},
			strict: true
		});
		const campaigns = Number(values.campaigns);
		const perCampaign = Number(values['per-campaign']);
		const repeat = Number(values.repeat);
		if (!Number.isInteger(campaigns) || campaigns < 1) throw new Error('--campaigns takes a positive whole number');
		if (!Number.isInteger(perCampaign) || perCampaign < 100 || perCampaign % 4 !== 0)
			throw new Error('--per-campaign takes a multiple of 4, at least 100');
		if (!Number.isInteger(repeat) || repeat < 3) throw new Error('--repeat takes a whole number, at least 3');
		if (values.database && !/^postgres(ql)?:\/\//.test(values.database))
			throw new Error('--database takes a postgres:// address');
		return { campaigns, perCampaign, repeat, database: values.database ?? null };
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
		process.exit(2);
	}
}

/** A line of the table: what, its median, the plain scan it is compared with, its budget. */
type Row = [string, number, number | null, number | null];

async function time(run: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await run();
	return performance.now() - start;
}

async function median(times: number, run: () => Promise<unknown>): Promise<number> {
	const samples: number[] = [];
	for (let i = 0; i < times; i++) samples.push(await time(run));
	samples.sort((a, b) => a - b);
	return samples[Math.floor(samples.length / 2)];
}

/** The median of `times` runs of `measured`, each after `before` (not timed). */
async function medianAfter(
	times: number,
	before: () => Promise<unknown>,
	measured: () => Promise<unknown>
): Promise<number> {
	const samples: number[] = [];
	for (let i = 0; i < times; i++) {
		await before();
		samples.push(await time(measured));
	}
	samples.sort((a, b) => a - b);
	return samples[Math.floor(samples.length / 2)];
}

async function benchmark(
	db: Kysely<Database>,
	databaseUrl: string,
	dir: string,
	options: ReturnType<typeof readOptions>
): Promise<boolean> {
	const seedingStarted = performance.now();
	const { ownerId, campaignIds, links } = await seed(
		db,
		Array.from({ length: options.campaigns }, () => options.perCampaign)
	);
	const seeding = performance.now() - seedingStarted;
	const { token } = await createApiToken(db, ownerId, 'bench');
	const total = options.campaigns * options.perCampaign;
	const [first] = campaignIds;
	const app = await startApp({ databaseUrl, cwd: dir });
	try {
		// Timed to the last byte received, as a browser or an analyst's script would have it (gzipped on the way).
		const get = async (path: string): Promise<ArrayBuffer> => {
			const response = await fetch(`${app.url}/api/v1${path}`, {
				headers: { authorization: `Bearer ${token}`, 'accept-language': 'en', 'accept-encoding': 'gzip' }
			});
			if (response.status !== 200)
				throw new BenchError(`${path} answered ${response.status}: ${await response.text()}`);
			return response.arrayBuffer();
		};
		const read = async (path: string) => JSON.parse(new TextDecoder().decode(await get(path)));
		const reportPath = `/campaigns/${first}/indicators?disaggregate=${DIMENSIONS.join(',')}`;
		const totalsPath = `/campaigns/${first}/indicators`;
		const comparePath = `/compare?indicator=KNW1&${campaignIds.map((id) => `campaign=${id}`).join('&')}`;

		// Plain queries over the same rows, timed in the same run: what this machine does at the moment.
		const oneScan = () =>
			sql`select wave, group_name, count(*), sum(score_knw1) from responses where campaign_id = ${first} group by wave, group_name`.execute(
				db
			);
		const allScan = () =>
			sql`select campaign_id, wave, count(*), sum(score_knw1) from responses where group_name = 'exposed' group by campaign_id, wave`.execute(
				db
			);
		await oneScan();
		await allScan();
		const baselineOne = await median(options.repeat, oneScan);
		const baselineAll = await median(Math.min(options.repeat, 5), allScan);
		await get(totalsPath);

		const answerFirst = () => answerOnce(app.url, links, [first], ['endline exposed']);
		const totalsAnew = await medianAfter(options.repeat, answerFirst, () => get(totalsPath));
		const reportAnew = await medianAfter(options.repeat, answerFirst, () => get(reportPath));
		const reportKept = await median(options.repeat, () => get(reportPath));
		// Another campaign's first report: none of its results kept yet, each computed from its sums.
		const others = campaignIds.slice(1, 1 + options.repeat);
		const firstReports =
			others.length > 0
				? await median(others.length, () =>
						get(`/campaigns/${others.shift()}/indicators?disaggregate=${DIMENSIONS.join(',')}`)
					)
				: null;
		const everyCampaign = () => answerOnce(app.url, links, campaignIds, ['endline exposed']);
		const compareAnew = await medianAfter(Math.min(options.repeat, 5), everyCampaign, () => get(comparePath));
		const compareOneNew = await medianAfter(options.repeat, answerFirst, () => get(comparePath));
		const compareKept = await median(options.repeat, () => get(comparePath));
		const size = (await get(reportPath)).byteLength;
		const comparison = await read(comparePath);
		const pooled = comparison.pooled;

		console.log(
			`\n${count(total)} responses in ${options.campaigns} campaigns (${count(options.perCampaign)} each), seeded in ${decimal(seeding / 1000, 1)} s`
		);
		console.log(
			`the full report: ${count(size)} bytes of JSON; the pool of KNW1: ${decimal(pooled.value ?? NaN, 3)} [${decimal(pooled.ciLow ?? NaN, 3)}, ${decimal(pooled.ciHigh ?? NaN, 3)}], I² ${decimal(pooled.i2 ?? NaN, 2)}, k = ${pooled.k}\n`
		);
		const rows: Row[] = [
			['a plain scan of one campaign (1 indicator, 4 cells, in-process)', baselineOne, null, null],
			[
				`a plain scan of ${options.campaigns} campaigns' exposed groups (1 indicator, in-process)`,
				baselineAll,
				null,
				null
			],
			['GET a campaign report, no disaggregation, a new response since', totalsAnew, baselineOne, null],
			[
				`GET a campaign report, all indicators x ${DIMENSIONS.length} disaggregations, a new response since`,
				reportAnew,
				baselineOne,
				100
			],
			['  the same, nothing changed since', reportKept, baselineOne, null],
			...(firstReports === null
				? []
				: [['  the same, the first report of another campaign (nothing kept)', firstReports, baselineOne, 100] as Row]),
			[
				`GET the comparison of ${options.campaigns} campaigns, a new response to each since`,
				compareAnew,
				baselineAll,
				1000
			],
			['  the same, a new response to one since', compareOneNew, baselineAll, null],
			['  the same, nothing changed since', compareKept, baselineAll, 50]
		];
		console.log(
			table(
				[
					{ title: `median of ${options.repeat} runs (a response to each: of 5)` },
					{ title: 'ms', right: true },
					{ title: 'x plain scan', right: true },
					{ title: 'budget ms', right: true },
					{ title: '' }
				],
				rows.map(([name, ms, baseline, budget]) => [
					name,
					decimal(ms, 1),
					baseline ? decimal(ms / baseline, 2) : '',
					budget ? String(budget) : '',
					budget ? (ms <= budget ? 'within' : 'OVER') : ''
				])
			)
		);
		return rows.every(([, ms, , budget]) => budget === null || ms <= budget);
	} finally {
		await app.stop();
	}
}

const options = readOptions();
const dir = mkdtempSync(join(tmpdir(), 'mesure-bench-indicators-'));
const scratch = options.database ? await createScratchPostgres(options.database) : null;
const db = scratch
	? connectDatabase({ dialect: 'postgres', url: scratch.url, poolSize: 4 })
	: connectDatabase({ dialect: 'sqlite', path: join(dir, 'bench.db') });
try {
	buildApp();
	const migrated = await migrateToLatest(db);
	if (!migrated.ok) throw new BenchError(`migration ${migrated.failed} failed`);
	console.log(`bench:indicators on ${scratch ? 'PostgreSQL' : 'SQLite (a file, as the app uses it)'}`);
	const within = await benchmark(db, scratch ? scratch.url : `sqlite:${join(dir, 'bench.db')}`, dir, options);
	process.exitCode = within ? 0 : 1;
} catch (error) {
	if (!(error instanceof BenchError)) throw error;
	console.error(`bench:indicators: ${error.message}`);
	process.exitCode = 2;
} finally {
	await db.destroy();
	await scratch?.drop();
	rmSync(dir, { recursive: true, force: true });
}
