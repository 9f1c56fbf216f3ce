// `npm start`: builds Mesure when the sources are newer than the build, then serves it with
// adapter-node's handler. With neither ORIGIN nor PROTOCOL_HEADER set it runs in local mode: plain
// http, trusting the Host the browser used, so that forms work on http://localhost:3000 and on the
// machine's other addresses without any setting.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMON_HEADERS } from '../src/lib/server/http/common-headers.js';
import { answerFast, readBodySizeLimit } from './lib/fast-path.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'build', '.built-at');
const sources = [
	'src',
	'migrations',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package.json',
	'package-lock.json'
];
const LOCAL_PROTOCOL_HEADER = 'x-mesure-local-protocol';

/** @param {string} path @returns {number} */
function newestChange(path) {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	return readdirSync(path).reduce(
		(/** @type {number} */ newest, name) => Math.max(newest, newestChange(join(path, name))),
		stats.mtimeMs
	);
}

function buildIfNeeded() {
	const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
	const changedAt = Math.max(...sources.map((source) => newestChange(join(root, source))));
	if (builtAt > changedAt && existsSync(join(root, 'build', 'handler.js'))) return;
	console.log('Building Mesure…');
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('The build failed: see the messages above.');
		process.exit(result.status ?? 1);
	}
	writeFileSync(stamp, new Date().toISOString());
}

if (process.env.MESURE_SKIP_BUILD !== '1') buildIfNeeded();

// XLSForm uploads can pass adapter-node's default of 512 KB; 5 MB still bounds a request.
process.env.BODY_SIZE_LIMIT ??= '5M';
const localMode = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
// adapter-node reads the scheme from this header, which the server below always sets: local mode is plain http.
if (localMode) process.env.PROTOCOL_HEADER = LOCAL_PROTOCOL_HEADER;
const { handler } = await import(join(root, 'build', 'handler.js'));
const bodySizeLimit = readBodySizeLimit(process.env.BODY_SIZE_LIMIT);

const server = createServer((req, res) => {
	if (localMode) req.headers[LOCAL_PROTOCOL_HEADER] = 'http';
	// Static files never reach the app's hooks: they get the common headers here.
	for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
	const toApp = () =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	if (answerFast(req, res, { localMode, bodySizeLimit, fallBack: toApp })) return;
	toApp();
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen({ port, host }, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	console.log(
		localMode
			? `Mesure is running on http://${shown}:${port} (local mode: plain http; set ORIGIN in production)`
			: `Mesure is listening on ${host}:${port} for ${process.env.ORIGIN ?? 'the origin its proxy reports'}`
	);
});

// Finish the requests under way, then stop; SHUTDOWN_TIMEOUT (seconds) bounds the wait.
function shutDown() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), Number(process.env.SHUTDOWN_TIMEOUT ?? 30) * 1000).unref();
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
