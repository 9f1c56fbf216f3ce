// The yardstick of `npm run bench:submit`: the least a server can do with a respondent's final form post.
// node:http, the urlencoded body parsed with URLSearchParams, one better-sqlite3 transaction storing one
// row (the answers as JSON) once per submission id, and a 303 as the app answers. Run as its own process:
//   node scripts/bench/bare-server.js <database file> <redirect location>
// it tells its parent the port it listens on (IPC), and stops on SIGTERM.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import Database from 'better-sqlite3';

const [databasePath, location] = process.argv.slice(2);
if (!databasePath || !location || !process.send) {
	console.error('usage (from bench:submit): node scripts/bench/bare-server.js <database file> <redirect location>');
	process.exit(2);
}

// The pragmas the app sets on its SQLite connection.
const db = new Database(databasePath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.exec('create table if not exists submissions (id text primary key, client_id text not null unique, answers text not null, received_at text not null)');
const insert = db.prepare('insert into submissions (id, client_id, answers, received_at) values (?, ?, ?, ?) on conflict (client_id) do nothing');
const store = db.transaction((/** @type {string} */ clientId, /** @type {string} */ answers) => insert.run(randomUUID(), clientId, answers, new Date().toISOString()));

/** @param {URLSearchParams} form */
function answersOf(form) {
	/** @type {Record<string, string | string[]>} */
	const answers = {};
	for (const [name, value] of form) {
		if (name.startsWith('_')) continue;
		const before = answers[name];
		answers[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
	}
	return answers;
}

const server = createServer((request, response) => {
	/** @type {Buffer[]} */
	const chunks = [];
	request.on('data', (chunk) => chunks.push(chunk));
	request.on('end', () => {
		const form = new URLSearchParams(Buffer.concat(chunks).toString());
		const clientId = form.get('_client');
		if (request.method !== 'POST' || !clientId) {
			response.writeHead(400).end();
			return;
		}
		store(clientId, JSON.stringify(answersOf(form)));
		response.writeHead(303, { location }).end();
	});
});

server.listen(0, '127.0.0.1', () => {
	const address = server.address();
	process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});

process.on('SIGTERM', () => {
	server.close(() => {
		db.close();
		process.exit(0);
	});
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), 5000).unref();
});
// The parent going away must not leave this server behind.
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
