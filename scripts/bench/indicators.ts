// `npm run bench:indicators [-- --campaigns N --per-campaign N --database postgres://… --repeat N]`: seeded synthetic
// responses (by default 50 campaigns of 20,000, 1,000,000 in all) in a fresh database, then, from the built app
// over HTTP, one campaign's full report and the 50-campaign comparison, computed anew after a new response and
// with nothing changed since, against plain scans of the same responses timed in the same run. Then the same
// campaigns sampled in clusters (by default 200 in 4 strata, weighted, docs/standard.md §4.6): the report of the
// first beside a twin of it with the same answers and no design, and the comparison beside the one before. Medians;
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
import { answerOnce, seed, seedTwin } from './indicators-data';
import { clusterCampaign, makeClusterLinks } from './indicators-design';
import { createScratchPostgres } from './stores.js';
import { count, decimal, table } from './table.js';

const USAGE =
	'usage: npm run bench:indicators -- [--campaigns N] [--per-campaign N] [--clusters N] [--repeat N] [--database postgres://…]';

function readOptions() {
	try {
		const { values } = parseArgs({
			options: {
				campaigns: { type: 'string', default: '50' },
				'per-campaign': { type: 'string', default: '20000' },
				clusters: { type: 'string', default: '200' },
				repeat: { type: 'string', default: '15' },
				database: { type: 'string' }
			},
			strict: true
		});
		const campaigns = Number(values.campaigns);
		const perCampaign = Number(values['per-campaign']);
		const clusters = Number(values.clusters);
		const repeat = Number(values.repeat);
		if (!Number.isInteger(campaigns) || campaigns < 1) throw new Error('--campaigns takes a positive whole number');
		if (!Number.isInteger(perCampaign) || perCampaign < 100 || perCampaign % 4 !== 0)
			throw new Error('--per-campaign takes a multiple of 4, at least 100');
		if (!Number.isInteger(clusters) || clusters < 2 || clusters % 2 !== 0 || clusters > perCampaign / 2)
			throw new Error('--clusters takes an even number, at least 2, at most half of --per-campaign');
		if (!Number.isInteger(repeat) || repeat < 3) throw new Error('--repeat takes a whole number, at least 3');
		if (values.database && !/^postgres(ql)?:\/\//.test(values.database))
			throw new Error('--database takes a postgres:// address');
		return { campaigns, perCampaign, clusters, repeat, database: values.database ?? null };
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

/**
 * The medians of `times` runs of each of `measured`, taken in turn (in one order, then the other) after one
 * `before` (not timed) each time: what they compare is measured in the same moments of a noisy machine.
 */
async function mediansInTurn(
	times: number,
	before: (() => Promise<unknown>) | null,
	measured: readonly (() => Promise<unknown>)[]
): Promise<number[]> {
	const samples = measured.map((): number[] => []);
	for (let i = 0; i < times; i++) {
		await before?.();
		const order = measured.map((_, index) => index);
		if (i % 2 === 1) order.reverse();
		for (const index of order) samples[index].push(await time(measured[index]));
	}
	return samples.map((taken) => taken.sort((a, b) => a - b)[Math.floor(taken.length / 2)]);
}

/** A line of the second table: what, its median with no design, under the clustered design, its budget. */
type PairRow = [string, number | null, number, number | null];

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
			const ask = () =>
				fetch(`${app.url}/api/v1${path}`, {
					headers: { authorization: `Bearer ${token}`, 'accept-language': 'en', 'accept-encoding': 'gzip' }
				});
			// A connection kept alive across minutes of seeding may have been closed by the server meanwhile: once more.
			const response = await ask()
				.catch(ask)
				.catch((error: unknown) => {
					const exit = app.exitedOnItsOwn();
					throw new BenchError(
						`${path} could not be asked (${String(error)}); the app ${exit ?? 'still runs'}:\n${app.logs().slice(-3000)}`
					);
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

		// The same campaigns sampled in clusters: clusters declared, every response placed in one, the sums made
		// again. A twin of the first campaign, the same answers with no design, is read beside it.
		const plan = { clusters: options.clusters };
		const twinStarted = performance.now();
		const twin = await seedTwin(db, ownerId, 0, options.perCampaign, links);
		const twinSeeding = performance.now() - twinStarted;
		const clusteringStarted = performance.now();
		for (const [c, id] of campaignIds.entries()) {
			await clusterCampaign(db, ownerId, id, plan);
			for (const [cell, token] of await makeClusterLinks(db, ownerId, id, plan)) links.get(id)!.tokens.set(cell, token);
			if ((c + 1) % 10 === 0 || c + 1 === campaignIds.length)
				process.stderr.write(`  placed ${c + 1} of ${campaignIds.length} campaigns in clusters\n`);
		}
		const clustering = performance.now() - clusteringStarted;
		const twinReportPath = `/campaigns/${twin}/indicators?disaggregate=${DIMENSIONS.join(',')}`;
		const twinTotalsPath = `/campaigns/${twin}/indicators`;
		// Warm-up: the design's code paths once, and the twin's first report.
		await get(twinReportPath);
		await get(reportPath);
		await get(comparePath);
		const baselineAllClustered = await median(Math.min(options.repeat, 5), allScan);
		const answerBoth = () => answerOnce(app.url, links, [first, twin], ['endline exposed']);
		const [twinTotalsAnew, clusteredTotalsAnew] = await mediansInTurn(options.repeat, answerBoth, [
			() => get(twinTotalsPath),
			() => get(totalsPath)
		]);
		const [twinReportAnew, clusteredReportAnew] = await mediansInTurn(options.repeat, answerBoth, [
			() => get(twinReportPath),
			() => get(reportPath)
		]);
		const [twinReportKept, clusteredReportKept] = await mediansInTurn(options.repeat, null, [
			() => get(twinReportPath),
			() => get(reportPath)
		]);
		const clusteredOthers = campaignIds.slice(1, 1 + options.repeat);
		const clusteredFirstReports =
			clusteredOthers.length > 0
				? await median(clusteredOthers.length, () =>
						get(`/campaigns/${clusteredOthers.shift()}/indicators?disaggregate=${DIMENSIONS.join(',')}`)
					)
				: null;
		const clusteredCompareAnew = await medianAfter(Math.min(options.repeat, 5), everyCampaign, () => get(comparePath));
		const clusteredCompareOneNew = await medianAfter(options.repeat, answerFirst, () => get(comparePath));
		const clusteredCompareKept = await median(options.repeat, () => get(comparePath));
		const clusteredSize = (await get(reportPath)).byteLength;
		const twinSize = (await get(twinReportPath)).byteLength;
		const design = (await read(totalsPath)).design;
		const clusteredComparison = await read(comparePath);
		const clusteredPooled = clusteredComparison.pooled;
		const complex = clusteredComparison.campaigns.filter(
			(campaign: { design: string }) => campaign.design === 'complex'
		).length;

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

		console.log(
			`\nclustered: a twin of campaign 1 (same answers, no design) seeded in ${decimal(twinSeeding / 1000, 1)} s; ${options.campaigns} campaigns placed in ${count(options.clusters)} clusters each in ${decimal(clustering / 1000, 1)} s`
		);
		console.log(
			`campaign 1's design: ${design.type}, ${count(design.psus ?? 0)} PSUs (${count(design.clusters)} clusters) in ${design.strata} strata, df ${design.df}, weighted ${design.weighted}; the full report: ${count(clusteredSize)} bytes of JSON (the twin's ${count(twinSize)})`
		);
		console.log(
			`the pool of KNW1, clustered: ${decimal(clusteredPooled.value ?? NaN, 3)} [${decimal(clusteredPooled.ciLow ?? NaN, 3)}, ${decimal(clusteredPooled.ciHigh ?? NaN, 3)}], I² ${decimal(clusteredPooled.i2 ?? NaN, 2)}, k = ${clusteredPooled.k}, ${complex} of complex design`
		);
		console.log(
			`a plain scan of ${options.campaigns} campaigns' exposed groups, now: ${decimal(baselineAllClustered, 1)} ms (before: ${decimal(baselineAll, 1)} ms)\n`
		);
		const pairs: PairRow[] = [
			['GET a campaign report, no disaggregation, a new response since', twinTotalsAnew, clusteredTotalsAnew, null],
			[
				`GET a campaign report, all indicators x ${DIMENSIONS.length} disaggregations, a new response since`,
				twinReportAnew,
				clusteredReportAnew,
				100
			],
			['  the same, nothing changed since', twinReportKept, clusteredReportKept, null],
			...(firstReports === null || clusteredFirstReports === null
				? []
				: [
						[
							'  the same, the first report of another campaign (nothing kept) *',
							firstReports,
							clusteredFirstReports,
							100
						] as PairRow
					]),
			[
				`GET the comparison of ${options.campaigns} campaigns, a new response to each since *`,
				compareAnew,
				clusteredCompareAnew,
				1000
			],
			['  the same, a new response to one since *', compareOneNew, clusteredCompareOneNew, null],
			['  the same, nothing changed since *', compareKept, clusteredCompareKept, 50]
		];
		console.log(
			table(
				[
					{ title: `clustered (${count(options.clusters)} clusters, 4 strata, weighted) vs no design` },
					{ title: 'simple ms', right: true },
					{ title: 'clustered ms', right: true },
					{ title: 'x simple', right: true },
					{ title: 'budget ms', right: true },
					{ title: '' }
				],
				pairs.map(([name, simple, clustered, budget]) => [
					name,
					simple === null ? '' : decimal(simple, 1),
					decimal(clustered, 1),
					simple ? decimal(clustered / simple, 2) : '',
					budget ? String(budget) : '',
					budget ? (clustered <= budget ? 'within' : 'OVER') : ''
				])
			)
		);
		console.log(
			"simple: the twin campaign, measured in turn with the clustered one; * the simple figure is the first table's, the same campaigns before they were clustered"
		);
		return (
			rows.every(([, ms, , budget]) => budget === null || ms <= budget) &&
			pairs.every(([, , ms, budget]) => budget === null || ms <= budget)
		);
	} catch (error) {
		// A request the app dropped: say how it ended, with what it printed last.
		await new Promise((done) => setTimeout(done, 1000));
		const exited = app.exitedOnItsOwn();
		if (exited) throw new BenchError(`the app ${exited}:\n${app.logs().slice(-4000)}`);
		throw error;
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
