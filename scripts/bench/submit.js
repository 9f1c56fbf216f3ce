// `npm run bench:submit [-- --duration S --connections N --database postgres://… --kill --cpu-prof DIR --built --api]`: respondents'
// final form posts (with --api: the same responses sent as JSON to the collection API, as the enumerators'
// offline queue sends them) against the built app and against a bare node:http + SQLite server, one after the other
// in the same run; the rates, their ratio, latency, errors, and every acknowledged submission looked up in
// the database afterwards. With --kill, the app alone, SIGKILLed half-way and restarted. --built serves the
// existing build (as the tests do, after `npm test` built it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchError, buildApp, startApp } from './app.js';
import { FULL_ANSWERS, JSON_ANSWERS, readSurveyForm, runCli, setUpCampaign } from './campaign.js';
import { readCpuSeconds, startBareServer, runLoad } from './processes.js';
import { readStoredClientIds, createScratchPostgres } from './stores.js';
import { printFigures, printIntroduction, printKill, judge } from './submit-report.js';

const USAGE =
	'usage: npm run bench:submit -- [--duration S] [--connections N] [--database postgres://…] [--kill] [--cpu-prof DIR] [--built] [--api]';

/** @returns {{ duration: number, connections: number, database: string | null, kill: boolean, cpuProfileDir: string | null, built: boolean, api: boolean }} */
function readOptions() {
	try {
		const { values } = parseArgs({
			options: {
				duration: { type: 'string', default: '20' },
				connections: { type: 'string', default: '100' },
				database: { type: 'string' },
				kill: { type: 'boolean', default: false },
				'cpu-prof': { type: 'string' },
				built: { type: 'boolean', default: false },
				api: { type: 'boolean', default: false }
			},
			strict: true
		});
		const duration = Number(values.duration);
		const connections = Number(values.connections);
		if (!Number.isInteger(duration) || duration < 2) throw new Error('--duration takes whole seconds, at least 2');
		if (!Number.isInteger(connections) || connections < 1)
			throw new Error('--connections takes a positive whole number');
		if (values.database && !/^postgres(ql)?:\/\//.test(values.database))
			throw new Error('--database takes a postgres:// address');
		const cpuProfileDir = values['cpu-prof'] ? resolve(values['cpu-prof']) : null;
		return {
			duration,
			connections,
			database: values.database ?? null,
			kill: values.kill ?? false,
			cpuProfileDir,
			built: values.built ?? false,
			api: values.api ?? false
		};
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
		process.exit(2);
	}
}

/**
 * @param {ReturnType<typeof readOptions>} options
 * @param {string} dir
 * @param {string} databaseUrl
 */
async function benchmark(options, dir, databaseUrl) {
	// Every request carries its own client address: the flood limit is per link and address.
	const app = await startApp({
		databaseUrl,
		cwd: dir,
		env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' },
		nodeArgs: options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []
	});
	try {
		const campaign = await setUpCampaign(app.url, databaseUrl);
		const [link, probeLink] = campaign.links;
		const request = options.api
			? describeApiRequest(app.url, link.token)
			: await describeFormRequest(app.url, link.token);
		await probe(app.url, options.api ? apiPath(probeLink.token) : `/s/${probeLink.token}/send?lang=fr`, request);
		printIntroduction(options, request.answers, databaseUrl);

		const plan = { ...request, connections: options.connections, duration: options.duration };
		let bare = null;
		if (!options.kill) {
			const bareDatabase = join(dir, 'bare.db');
			runCli(`sqlite:${bareDatabase}`, ['migrate']);
			const bareServer = await startBareServer(bareDatabase, request.location);
			console.log(`\nLoading the bare server for ${options.duration} s…`);
			const cpuBefore = readCpuSeconds(bareServer.pid);
			const outcome = await runLoad({ ...plan, url: bareServer.url });
			const cpu = spentCpu(cpuBefore, readCpuSeconds(bareServer.pid));
			await bareServer.stop();
			bare = { outcome, cpu, stored: await readStoredClientIds(`sqlite:${bareDatabase}`, 'responses') };
		}

		requireRunning(app);
		console.log(
			`${options.kill ? '\n' : ''}Loading Mesure for ${options.duration} s${options.kill ? ', killing it half-way' : ''}…`
		);
		const killing = { done: /** @type {Promise<Kill> | null} */ (null) };
		const cpuBefore = readCpuSeconds(app.pid());
		const outcome = await runLoad({ ...plan, url: app.url }, () => {
			if (!options.kill) return;
			killing.done = killAndRestart(app, (options.duration * 1000) / 2);
			// Awaited once the load is over; a failure before then must not count as unhandled.
			killing.done.catch(() => {});
		});
		const cpu = options.kill ? null : spentCpu(cpuBefore, readCpuSeconds(app.pid()));
		const kill = killing.done ? await killing.done : null;
		requireRunning(app);
		// Stopped (requests under way finish) before its database is read.
		await app.stop();
		const mesure = { outcome, cpu, stored: await readStoredClientIds(databaseUrl, 'responses', link.id) };

		printFigures(options, bare, mesure);
		if (kill) printKill(kill, mesure);
		if (options.cpuProfileDir)
			console.log(`\nCPU profile of the app (whole life: start, set-up, load) in ${options.cpuProfileDir}`);
		return judge(options, bare, mesure);
	} finally {
		await app.stop();
	}
}

/** CPU seconds between two readings, when both were made. @param {number | null} before @param {number | null} after */
function spentCpu(before, after) {
	return before === null || after === null ? null : after - before;
}

/** @param {import('./app.js').RunningApp} app */
function requireRunning(app) {
	const exit = app.exitedOnItsOwn();
	if (!exit) return;
	// scripts/start.js ends with status 0 only by its own shutdown, on SIGTERM or SIGINT.
	const why =
		exit === 'exited with status 0'
			? ' (its shutdown on SIGTERM or SIGINT: something outside this benchmark stopped it)'
			: '';
	throw new BenchError(`the app ${exit} during the run${why}; it printed:\n${app.logs() || '(nothing)'}`);
}

/**
 * @typedef {{ afterSeconds: number, pid: number | undefined, downMs: number }} Kill
 */

/**
 * SIGKILL after `delayMs`, then the app again on the same port and database, as a supervisor restarts it.
 * @param {import('./app.js').RunningApp} app
 * @param {number} delayMs
 * @returns {Promise<Kill>}
 */
async function killAndRestart(app, delayMs) {
	await new Promise((done) => setTimeout(done, delayMs));
	const pid = app.pid();
	const killedAt = Date.now();
	await app.kill();
	await app.restart();
	return { afterSeconds: delayMs / 1000, pid, downMs: Date.now() - killedAt };
}

/**
 * The last page of the survey, sent where its button and the page's script send it.
 * @param {string} url @param {string} token
 * @returns {Promise<PlannedRequest>}
 */
async function describeFormRequest(url, token) {
	const form = readSurveyForm(await (await fetch(`${url}/s/${token}?lang=fr`)).text());
	const answers = new URLSearchParams([
		['_started', form.started],
		['_version', form.version],
		['_page', String(form.lastPage)],
		['_nav', 'next'],
		...FULL_ANSWERS
	]).toString();
	const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: url, accept: 'text/html' };
	return {
		path: `/s/${token}/send?lang=fr`,
		headers,
		answers,
		format: 'form',
		location: `/s/${token}/done?lang=fr&outcome=complete`
	};
}

/** @param {string} token */
const apiPath = (token) => `/api/v1/collect/${token}/responses`;

/**
 * The same answers as JSON, as the enumerators' offline queue sends a self-completed link's interview (no one signed in).
 * @param {string} url @param {string} token
 * @returns {PlannedRequest}
 */
function describeApiRequest(url, token) {
	const answers = JSON.stringify({ language: 'fr', startedAt: new Date().toISOString(), answers: JSON_ANSWERS });
	const headers = {
		'content-type': 'application/json',
		origin: url,
		accept: 'application/json',
		'accept-language': 'fr'
	};
	// The bare server answers JSON with a 201 and a form with a 303 to `location`.
	return { path: apiPath(token), headers, answers, format: 'json', location: `/s/${token}/done` };
}

/**
 * @typedef {{ path: string, headers: Record<string, string>, answers: string, format: 'form' | 'json', location: string }} PlannedRequest
 */

/**
 * One submission before the load, on another link, to fail at once if the app does not take it.
 * @param {string} url @param {string} path @param {PlannedRequest} request
 */
async function probe(url, path, request) {
	const json = request.format === 'json';
	const response = await fetch(`${url}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { ...request.headers, 'x-forwarded-for': '192.0.2.1' },
		body: json
			? `{"clientId":"benchprobe0001",${request.answers.slice(1)}`
			: `_client=benchprobe0001&${request.answers}`
	});
	if (json) {
		const body = await response.text();
		if (response.status !== 201 || !body.includes('"outcome":"complete"'))
			throw new BenchError(`a complete response sent as JSON answered ${response.status} ${body}, not 201`);
		return;
	}
	const location = response.headers.get('location') ?? '';
	if (response.status !== 303 || !location.includes('outcome=complete')) {
		throw new BenchError(
			`a complete submission answered ${response.status} ${location}, not 303 to …/done?…&outcome=complete`
		);
	}
}

async function main() {
	const options = readOptions();
	if (!options.built) buildApp();
	const dir = mkdtempSync(join(tmpdir(), 'mesure-bench-submit-'));
	const postgres = options.database ? await createScratchPostgres(options.database) : null;
	try {
		const failures = await benchmark(options, dir, postgres ? postgres.url : `sqlite:${join(dir, 'mesure.db')}`);
		if (failures.length > 0) process.exitCode = 1;
	} finally {
		await postgres?.drop();
		rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	if (!(error instanceof BenchError)) throw error;
	console.error(`bench:submit: ${error.message}`);
	process.exitCode = 1;
});
