import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface RunningServer {
	url: string;
	/** The SQLite file the server uses (absent on PostgreSQL). */
	databasePath: string | null;
	env: Record<string, string>;
	stop: () => Promise<void>;
	/** Everything the server printed, to assert that nothing secret was logged. */
	logs: () => string;
	/** How the process ended on its own ("status 1", "signal SIGABRT"), or null while it runs or once stopped. */
	exited: () => string | null;
}

/** The servers running now, by URL: the accounts helpers read a server's set-up code from its console. */
export const runningServers = new Map<string, RunningServer>();

/** The one-time set-up code the server printed on its console at start (the newest, if several). */
export function setupCodeOf(server: RunningServer): string {
	const codes = [...server.logs().matchAll(/set-up code:\s+([a-z2-7]{4}(?:-[a-z2-7]{4}){7})/g)];
	if (codes.length === 0) throw new Error(`The server printed no set-up code:\n${server.logs()}`);
	return codes.at(-1)![1];
}

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
		});
	});
}

/**
 * Starts the built app as `npm start` does (scripts/start.js, local mode unless `env` says otherwise),
 * on a free port with its own empty database. The build must exist: `npm test` builds first.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
	if (!existsSync(join(ROOT, 'build', 'handler.js'))) {
		throw new Error('No build found: run `npm run build` (npm test does it) before the HTTP and browser tests.');
	}
	const port = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'mesure-server-'));
	const databasePath = env.DATABASE_URL ? null : join(dir, 'mesure.db');
	const fullEnv: Record<string, string> = {
		PATH: process.env.PATH ?? '',
		HOME: process.env.HOME ?? dir,
		PORT: String(port),
		HOST: '127.0.0.1',
		MESURE_SKIP_BUILD: '1',
		...(databasePath ? { DATABASE_URL: `sqlite:${databasePath}` } : {}),
		...env
	};
	const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts', 'start.js')], {
		cwd: dir,
		env: fullEnv,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	let stopping = false;
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));

	const url = `http://127.0.0.1:${port}`;
	// A loaded machine starts node, opens the database and runs the migrations slowly: the hook's own limit is longer.
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
		try {
			const response = await fetch(`${url}/robots.txt`);
			if (response.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`The server did not start within 60 s:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}

	const running: RunningServer = {
		url,
		databasePath,
		env: fullEnv,
		logs: () => output,
		exited: () => {
			if (stopping || (child.exitCode === null && child.signalCode === null)) return null;
			return child.signalCode ? `signal ${child.signalCode}` : `status ${child.exitCode}`;
		},
		stop: async () => {
			stopping = true;
			runningServers.delete(url);
			if (child.exitCode === null) {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
				if (child.exitCode === null) child.kill('SIGKILL');
			}
			rmSync(dir, { recursive: true, force: true });
		}
	};
	runningServers.set(url, running);
	return running;
}
