// Builds Mesure and runs the build as `npm start` does, for the benchmarks.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A failure the benchmark expects may happen (a server that does not start, a refused request): said in one line. */
export class BenchError extends Error {}

/** `vite build`, quietly: its messages show only when it fails. */
export function buildApp() {
	console.log('Building Mesure (vite build)…');
	const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) throw new BenchError(`the build failed:\n${result.stdout}${result.stderr}`);
}

/** @returns {Promise<number>} */
export function freePort() {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address ? done(address.port) : fail(new BenchError('no free port'))
			);
		});
	});
}

/**
 * @typedef {object} RunningApp
 * @property {string} url
 * @property {number} port
 * @property {() => number | undefined} pid
 * @property {() => string} logs everything the app printed, to show when it fails
 * @property {() => Promise<void>} kill SIGKILL, as a crash or the kernel's out-of-memory killer would
 * @property {() => Promise<number>} restart starts it again on the same port and database; resolves to the milliseconds until it answered
 * @property {() => Promise<void>} stop SIGTERM, letting requests under way finish
 * @property {() => string | null} exitedOnItsOwn how the process ended when nothing here ended it (a crash), or null
 */

/**
 * Starts scripts/start.js on the build (no build check) with `env` added to a minimal environment, and
 * waits until it answers.
 * @param {{ databaseUrl: string, cwd: string, env?: Record<string, string>, nodeArgs?: string[] }} options
 * `nodeArgs` go to node before the script (`--cpu-prof`, which NODE_OPTIONS does not take).
 * @returns {Promise<RunningApp>}
 */
export async function startApp({ databaseUrl, cwd, env = {}, nodeArgs = [] }) {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const fullEnv = {
		PATH: process.env.PATH ?? '',
		HOME: process.env.HOME ?? cwd,
		PORT: String(port),
		HOST: '127.0.0.1',
		MESURE_SKIP_BUILD: '1',
		DATABASE_URL: databaseUrl,
		...env
	};
	let output = '';
	/** @type {import('node:child_process').ChildProcess} */
	let child;
	/** @type {string | null} */
	let unexpectedExit = null;
	let ending = false;

	async function launch() {
		const startedAt = Date.now();
		ending = false;
		child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'scripts', 'start.js')], {
			cwd,
			env: fullEnv,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout?.on('data', (chunk) => (output += chunk));
		child.stderr?.on('data', (chunk) => (output += chunk));
		child.once('exit', (code, signal) => {
			if (!ending) unexpectedExit = signal ? `killed by ${signal}` : `exited with status ${code}`;
		});
		await waitUntilAnswering(url, child, () => output);
		return Date.now() - startedAt;
	}

	/** @param {NodeJS.Signals} signal @param {number} graceMs */
	async function end(signal, graceMs) {
		if (child.exitCode !== null || child.signalCode !== null) return;
		ending = true;
		const exited = new Promise((done) => child.once('exit', done));
		child.kill(signal);
		const timer = new Promise((done) => setTimeout(done, graceMs));
		await Promise.race([exited, timer]);
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGKILL');
			await exited;
		}
	}

	await launch();
	return {
		url,
		port,
		pid: () => child.pid,
		logs: () => output,
		kill: () => end('SIGKILL', 5000),
		restart: launch,
		stop: () => end('SIGTERM', 10_000),
		exitedOnItsOwn: () => unexpectedExit
	};
}

/**
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 * @param {() => string} logs
 */
async function waitUntilAnswering(url, child, logs) {
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new BenchError(`the app exited as it started:\n${logs()}`);
		try {
			if ((await fetch(`${url}/robots.txt`)).ok) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new BenchError(`the app did not answer within 30 s:\n${logs()}`);
		}
		await new Promise((done) => setTimeout(done, 25));
	}
}
