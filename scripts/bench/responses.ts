// `npm run bench:responses [-- --responses N --database postgres://… --repeat N]`: one campaign of synthetic
// responses (by default 1,000,000) in a fresh database, then, from the built app over HTTP, the responses table's
// pages (the first, one far down reached by its cursor, filtered ones), one response, and a review of every quick
// response of a link with its preview, against a plain indexed read of 50 rows timed in the same run. Medians;
// PERFORMANCE.md's budgets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { createApiToken } from '../../src/lib/server/api-tokens/service';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import type { Database } from '../../src/lib/server/db/schema';
import { BenchError, buildApp, startApp } from './app.js';
import { seed } from './indicators-data';
import { createScratchPostgres } from './stores.js';
import { count, decimal, table } from './table.js';

const USAGE = 'usage: npm run bench:responses -- [--responses N] [--repeat N] [--database postgres://…]';

function readOptions() {
	try {
		const { values } = parseArgs({
			options: {
				responses: { type: 'string', default: '1000000' },
				repeat: { type: 'string', default: '15' },
				database: { type: 'string' }
			},
			strict: true
		});
		const responses = Number(values.responses);
		const repeat = Number(values.repeat);
		if (!Number.isInteger(responses) || responses < 400 || responses % 4 !== 0)
			throw new Error('--responses takes a multiple of 4, at least 400');
		if (!Number.isInteger(repeat) || repeat < 3) throw new Error('--repeat takes a whole number, at least 3');
		if (values.database && !/^postgres(ql)?:\/\//.test(values.database))
			throw new Error('--database takes a postgres:// address');
		return { responses, repeat, database: values.database ?? null };
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
		process.exit(2);
	}
}

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

/** A line of the table: what, its median, its budget. */
type Row = [string, number, number | null];

async function benchmark(
	db: Kysely<Database>,
	databaseUrl: string,
	dir: string,
	options: ReturnType<typeof readOptions>
): Promise<boolean> {
	const seedingStarted = performance.now();
	const { ownerId, campaignIds, links } = await seed(db, [options.responses]);
	const seeding = performance.now() - seedingStarted;
	const [campaignId] = campaignIds;
	const { token } = await createApiToken(db, ownerId, 'bench');
	const app = await startApp({ databaseUrl, cwd: dir });
	try {
		const call = async (path: string, method = 'GET', body?: unknown) => {
			const response = await fetch(`${app.url}/api/v1/campaigns/${campaignId}${path}`, {
				method,
				headers: {
					authorization: `Bearer ${token}`,
					'accept-encoding': 'gzip',
					...(body === undefined ? {} : { 'content-type': 'application/json' })
				},
				body: body === undefined ? undefined : JSON.stringify(body)
			});
			if (response.status !== 200)
				throw new BenchError(`${method} ${path} answered ${response.status}: ${await response.text()}`);
			return response.json();
		};
		const plainRead = () =>
			sql`select * from responses where campaign_id = ${campaignId} order by submitted_at desc, id desc limit 50`.execute(
				db
			);
		await plainRead();
		const baseline = await median(options.repeat, plainRead);

		await call('/responses');
		const first = await median(options.repeat, () => call('/responses'));
		const largest = await median(options.repeat, () => call('/responses?limit=1000'));
		// A cursor half-way down, reached page by page of 1,000 as a script would.
		let cursor: string | null = null;
		for (let page = 0; page < Math.min(50, options.responses / 2000); page++)
			cursor = (await call(`/responses?limit=1000${cursor ? `&cursor=${cursor}` : ''}`)).nextCursor;
		const far = await median(options.repeat, () => call(`/responses?cursor=${cursor}`));
		const link = links.get(campaignId)!.tokens.get('endline exposed')!;
		const linkId = (
			await db.selectFrom('collection_links').select('id').where('token', '=', link).executeTakeFirstOrThrow()
		).id;
		const byLink = await median(options.repeat, () => call(`/responses?wave=endline&group=exposed&link=${linkId}`));
		const quick = await median(options.repeat, () => call(`/responses?flag=quick`));
		const placebo = await median(options.repeat, () => call(`/responses?flag=placebo`));
		const duplicate = await median(3, () => call(`/responses?flag=duplicate`));
		const one = (await call('/responses?limit=1')).items[0].id as string;
		const detail = await median(options.repeat, () => call(`/responses/${one}`));

		const bulk = { filter: { wave: 'endline', group: 'exposed', flag: 'quick' }, state: 'rejected', comment: 'Quick' };
		const preview = await median(3, () => call('/responses/review', 'POST', { ...bulk, dryRun: true }));
		let matched = 0;
		const reject = await time(async () => (matched = (await call('/responses/review', 'POST', bulk)).matched));
		const rejected = await median(options.repeat, () => call('/responses?state=rejected'));

		console.log(
			`\n${count(options.responses)} responses in one campaign, seeded in ${decimal(seeding / 1000, 1)} s; ${count(matched)} quick ones of one link rejected in one go\n`
		);
		const rows: Row[] = [
			['a plain read of 50 rows over the index (in-process)', baseline, null],
			['GET the first page (50, newest first)', first, 200],
			['GET a page of 1,000', largest, null],
			[`GET a page ${count(Math.min(50, options.responses / 2000) * 1000)} rows down, by its cursor`, far, 200],
			['GET the first page of one link (wave, group, link)', byLink, 200],
			['GET the first page flagged quick', quick, 200],
			['GET the first page flagged placebo', placebo, null],
			['GET the first page flagged duplicate (median of 3)', duplicate, null],
			['GET one response with its history', detail, 200],
			['POST a review of every quick response of a link, preview (median of 3)', preview, null],
			['POST the same review, done (once; sums made again)', reject, null],
			['GET the first page of rejected responses', rejected, null]
		];
		console.log(
			table(
				[
					{ title: `median of ${options.repeat} runs` },
					{ title: 'ms', right: true },
					{ title: 'x plain read', right: true },
					{ title: 'budget ms', right: true },
					{ title: '' }
				],
				rows.map(([name, ms, budget]) => [
					name,
					decimal(ms, 1),
					decimal(ms / baseline, 1),
					budget ? String(budget) : '',
					budget ? (ms <= budget ? 'within' : 'OVER') : ''
				])
			)
		);
		return rows.every(([, ms, budget]) => budget === null || ms <= budget);
	} finally {
		await app.stop();
	}
}

const options = readOptions();
const dir = mkdtempSync(join(tmpdir(), 'mesure-bench-responses-'));
const scratch = options.database ? await createScratchPostgres(options.database) : null;
const db = scratch
	? connectDatabase({ dialect: 'postgres', url: scratch.url, poolSize: 4 })
	: connectDatabase({ dialect: 'sqlite', path: join(dir, 'bench.db') });
try {
	buildApp();
	const migrated = await migrateToLatest(db);
	if (!migrated.ok) throw new BenchError(`migration ${migrated.failed} failed`);
	console.log(`bench:responses on ${scratch ? 'PostgreSQL' : 'SQLite (a file, as the app uses it)'}`);
	const within = await benchmark(db, scratch ? scratch.url : `sqlite:${join(dir, 'bench.db')}`, dir, options);
	process.exitCode = within ? 0 : 1;
} catch (error) {
	if (!(error instanceof BenchError)) throw error;
	console.error(`bench:responses: ${error.message}`);
	process.exitCode = 2;
} finally {
	await db.destroy();
	await scratch?.drop();
	rmSync(dir, { recursive: true, force: true });
}
