// `npm start`: builds Mesure when the sources are newer than the build, then serves it.
// With neither ORIGIN nor PROTOCOL_HEADER set, it serves plain http as itself (local mode), so that
// forms work on http://localhost:3000 and on the machine's other addresses without any setting.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'build', '.built-at');
const sources = ['src', 'migrations', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** @param {string} path @returns {number} */
function newestChange(path) {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	return readdirSync(path).reduce((/** @type {number} */ newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

function buildIfNeeded() {
	const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
	const changedAt = Math.max(...sources.map((source) => newestChange(join(root, source))));
	if (builtAt > changedAt) return;
	console.log('Building Mesure…');
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('The build failed: see the messages above.');
		process.exit(result.status ?? 1);
	}
	writeFileSync(stamp, new Date().toISOString());
}

async function serveLocally() {
	const port = Number(process.env.PORT ?? 3000);
	const host = process.env.HOST ?? '0.0.0.0';
	// adapter-node reads the scheme from this header; local mode always serves plain http.
	process.env.PROTOCOL_HEADER = 'x-mesure-local-protocol';
	const { handler } = await import(join(root, 'build', 'handler.js'));
	const server = createServer((req, res) => {
		req.headers['x-mesure-local-protocol'] = 'http';
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	server.listen({ port, host }, () => {
		console.log(`Mesure is running on http://localhost:${port} (local mode, plain http)`);
	});
	const stop = () => server.close(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (process.env.MESURE_SKIP_BUILD !== '1') buildIfNeeded();
if (process.env.ORIGIN || process.env.PROTOCOL_HEADER) {
	await import(join(root, 'build', 'index.js'));
} else {
	await serveLocally();
}
