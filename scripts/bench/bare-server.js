// The yardstick of `npm run bench:submit`: the least a server can do with a respondent's last page sent.
// node:http, the urlencoded body parsed with URLSearchParams, and one better-sqlite3 transaction storing the
// response once per submission id, in the same row of the same `responses` table as the app (the bench
// makes this database with the app's migrations): the ratio then measures what the app adds around storing
// an answer (checks, scoring, flood protection, its framework), not the layout the indicators need. It checks
// nothing and scores nothing, and answers 303 as the app does. Run as its own process:
//   node scripts/bench/bare-server.js <database file> <redirect location>
// it tells its parent the port it listens on (IPC), and stops on SIGTERM. A JSON body (bench:submit --api) is
// parsed with JSON.parse, checked for a clientId and an answers object, stored the same way and answered
// 201 with the response's id, as the collection API does.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import Database from 'better-sqlite3';

const [databasePath, location] = process.argv.slice(2);
if (!databasePath || !location || !process.send) {
	console.error('usage (from bench:submit): node scripts/bench/bare-server.js <database file> <redirect location>');
	process.exit(2);
}

// The pragmas the app sets on its SQLite connection; no foreign keys: this server has no campaign to point to.
const db = new Database(databasePath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.pragma('foreign_keys = OFF');
const described = /** @type {{ name: string, dflt_value: string | null }[]} */ (
	db.prepare('pragma table_info(responses)').all()
);
const columns = described.map((column) => column.name);
if (columns.length === 0) {
	console.error(`bare server: ${databasePath} has no responses table (the bench makes it with the app's migrations)`);
	process.exit(1);
}
const insert = db.prepare(
	`insert into responses (${columns.join(', ')}) values (${columns.map((column) => `@${column}`).join(', ')}) on conflict (campaign_id, client_id) do nothing`
);
const store = db.transaction((/** @type {Record<string, unknown>} */ row) => insert.run(row));
// Each column as the table fills it when not given (its default, such as a review state), else null.
const EMPTY = Object.fromEntries(
	described.map((column) => [
		column.name,
		column.dflt_value === null
			? null
			: /** @type {{ value: unknown }} */ (db.prepare(`select ${column.dflt_value} as value`).get()).value
	])
);

/**
 * The row: the answers in their columns (a list joined by spaces), and what the app would fill in.
 * @param {Iterable<[string, unknown]>} answers @param {string} clientId @param {unknown} startedAt @param {string} channel
 */
function rowOf(answers, clientId, startedAt, channel) {
	const now = new Date().toISOString();
	/** @type {Record<string, unknown>} */
	const row = {
		...EMPTY,
		id: randomUUID(),
		campaign_id: 'bench',
		link_id: 'bench',
		survey_version_id: 'bench',
		core_module_version: 1
	};
	Object.assign(row, {
		wave: 'baseline',
		group_name: 'exposed',
		language: 'fr',
		mode: 'self',
		channel,
		client_id: clientId
	});
	Object.assign(row, { started_at: startedAt, submitted_at: now, received_at: now, custom_answers: '{}' });
	for (const [name, answer] of answers) {
		const column = name.toLowerCase();
		if (name.startsWith('_') || !(column in EMPTY)) continue;
		const value = Array.isArray(answer) ? answer.join(' ') : answer;
		row[column] = row[column] === null ? value : `${row[column]} ${value}`;
	}
	return row;
}

/** @param {string} text @param {import('node:http').ServerResponse} response */
function answerJson(text, response) {
	/** @type {any} */
	let input = null;
	try {
		input = JSON.parse(text);
	} catch {
		// Answered below as not valid.
	}
	if (typeof input?.clientId !== 'string' || typeof input.answers !== 'object' || input.answers === null) {
		response
			.writeHead(422, { 'content-type': 'application/json' })
			.end('{"error":{"code":"invalid","message":"invalid"}}');
		return;
	}
	const row = rowOf(Object.entries(input.answers), input.clientId, input.startedAt ?? null, 'api');
	store(row);
	response
		.writeHead(201, { 'content-type': 'application/json' })
		.end(JSON.stringify({ id: row.id, outcome: 'complete' }));
}

const server = createServer((request, response) => {
	/** @type {Buffer[]} */
	const chunks = [];
	request.on('data', (chunk) => chunks.push(chunk));
	request.on('end', () => {
		if (request.method !== 'POST') {
			response.writeHead(405).end();
			return;
		}
		if (request.headers['content-type'] === 'application/json')
			return answerJson(Buffer.concat(chunks).toString(), response);
		const form = new URLSearchParams(Buffer.concat(chunks).toString());
		const clientId = form.get('_client');
		if (!clientId) {
			response.writeHead(400).end();
			return;
		}
		store(rowOf(form, clientId, form.get('_started'), 'form'));
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
