// The submission benchmark's other processes: the bare server and the load generator.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError, ROOT } from './app.js';

/**
 * Starts scripts/bench/bare-server.js on its own SQLite file.
 * @param {string} databasePath
 * @param {string} location the redirect it answers with
 * @returns {Promise<{ url: string, pid: number | undefined, stop: () => Promise<void> }>}
 */
export function startBareServer(databasePath, location) {
	const child = fork(join(ROOT, 'scripts', 'bench', 'bare-server.js'), [databasePath, location], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	return new Promise((done, fail) => {
		child.once('exit', (code) => fail(new BenchError(`the bare server exited as it started (status ${code})`)));
		child.once('message', (message) => {
			child.removeAllListeners('exit');
			const { port } = /** @type {{ port: number }} */ (message);
			done({
				url: `http://127.0.0.1:${port}`,
				pid: child.pid,
				stop: () =>
					new Promise((stopped) => {
						if (child.exitCode !== null) return stopped();
						child.once('exit', () => stopped());
						child.kill('SIGTERM');
					})
			});
		});
	});
}

/**
 * Runs autocannon in scripts/bench/load.js with the plan; `onStarted` is called as the load begins.
 * @param {import('./load.js').LoadPlan} plan
 * @param {() => void} [onStarted]
 * @returns {Promise<import('./load.js').LoadOutcome>}
 */
export function runLoad(plan, onStarted = () => {}) {
	const child = fork(join(ROOT, 'scripts', 'bench', 'load.js'), [], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		serialization: 'advanced'
	});
	return new Promise((done, fail) => {
		/** @type {import('./load.js').LoadOutcome | null} */
		let outcome = null;
		child.on('message', (message) => {
			if (message && typeof message === 'object' && 'started' in message) onStarted();
			else outcome = /** @type {import('./load.js').LoadOutcome} */ (message);
		});
		child.once('exit', (code) =>
			outcome ? done(outcome) : fail(new BenchError(`the load generator stopped with status ${code} before reporting`))
		);
		child.send(plan);
	});
}

/**
 * The CPU time (user and system) a process has used, in seconds, from Linux's /proc; null elsewhere. On a machine
 * whose cores other work shares, the CPU each request costs says more than the rate, which that work changes.
 * @param {number | undefined} pid
 * @returns {number | null}
 */
export function readCpuSeconds(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// utime and stime, the 14th and 15th fields, in clock ticks of 1/100 s.
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return null;
	}
}
