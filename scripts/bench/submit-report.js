// What `npm run bench:submit` prints, and the budgets of PERFORMANCE.md it checks.
import { count, decimal, table } from './table.js';

const MIN_RATIO = 0.4;
const MAX_P99_MS = 250;

/**
 * @typedef {{ outcome: import('./load.js').LoadOutcome, stored: Set<string>, cpu: number | null }} Measured
 * @typedef {{ duration: number, connections: number, kill: boolean, api?: boolean }} Options
 */

/** @param {Measured} measured */
function compare({ outcome, stored }) {
	const acknowledged = new Set(outcome.acknowledged);
	const lost = [...acknowledged].filter((id) => !stored.has(id)).length;
	const unacknowledged = [...stored].filter((id) => !acknowledged.has(id)).length;
	return {
		acknowledged: acknowledged.size,
		stored: stored.size,
		lost,
		unacknowledged,
		rate: acknowledged.size / outcome.seconds
	};
}

/** @param {import('./load.js').LoadOutcome} outcome */
function otherAnswers(outcome) {
	const others = Object.entries(outcome.statuses).filter(([status]) => Number(status) < 200 || Number(status) >= 400);
	return others.length === 0 ? 'none' : others.map(([status, times]) => `${status} ×${count(times)}`).join(', ');
}

/** @param {string} databaseUrl */
function describeDatabase(databaseUrl) {
	if (databaseUrl.startsWith('sqlite:')) return 'a fresh SQLite file (WAL, synchronous=NORMAL)';
	const url = new URL(databaseUrl);
	return `PostgreSQL, scratch database ${url.pathname.slice(1)} on ${url.host} (dropped afterwards)`;
}

/** @param {Options} options @param {string} answers @param {string} databaseUrl */
export function printIntroduction(options, answers, databaseUrl) {
	const names = options.api ? Object.keys(JSON.parse(answers).answers) : [...new URLSearchParams(answers).keys()];
	const questions = new Set(names.filter((name) => !name.startsWith('_'))).size;
	const what = options.kill ? 'on Mesure alone, killed half-way' : 'per server: the bare server first, then Mesure';
	const lines = [
		`\nSubmission benchmark: ${options.connections} connections, ${options.duration} s ${what}`,
		options.api
			? `- Each request is a response sent as JSON to /api/v1/collect/{token}/responses (a self-completed link, no one signed in): ${questions} questions answered,`
			: `- Each request is a respondent's last page, sent to /s/{token}/send as its button and the page's script send it: ${questions} questions answered,`,
		// `_client=` (or `"clientId":"",`) and a 20-character id come before the rest.
		`  ${count(answers.length + (options.api ? 34 : 29))} bytes ${options.api ? 'of JSON' : 'urlencoded'}, with its own ${options.api ? 'clientId' : '_client'} (submission id) and its own random`,
		'  x-forwarded-for. Mesure runs with ADDRESS_HEADER=x-forwarded-for XFF_DEPTH=1, so the load is many',
		'  respondents, each once, and not one address flooding the link (300 per link and address per 10 min).',
		`- autocannon runs in a child process of its own, and each server in its own; all share the machine's cores.`,
		`- Mesure (scripts/start.js on the build) on ${describeDatabase(databaseUrl)}.`
	];
	if (!options.kill) {
		lines.push(
			`- The bare server: node:http, ${options.api ? 'JSON.parse' : 'URLSearchParams'}, one better-sqlite3 transaction a request storing the same row`,
			`  in the same responses table (made by the app's migrations), checking and scoring nothing, a ${options.api ? '201' : '303'}; on its`,
			'  own SQLite file with the same pragmas. The ratio is what Mesure adds around storing an answer.'
		);
	}
	console.log(lines.join('\n'));
}

/** @param {Options} options @param {Measured | null} bare @param {Measured} mesure */
export function printFigures(options, bare, mesure) {
	const measured = bare ? [bare, mesure] : [mesure];
	const compared = measured.map(compare);
	const row = (/** @type {string} */ label, /** @type {(one: Measured, index: number) => string} */ cell) => [
		label,
		...measured.map(cell)
	];
	console.log('');
	console.log(
		table(
			[{ title: '' }, ...(bare ? [{ title: 'bare node:http', right: true }] : []), { title: 'Mesure', right: true }],
			[
				row('acknowledged (2xx/3xx) per second', (_, i) => count(compared[i].rate)),
				row('CPU of the server per acknowledged', (one, i) =>
					one.cpu === null ? '?' : `${decimal((one.cpu * 1000) / Math.max(1, compared[i].acknowledged), 2)} ms`
				),
				row('latency p50', (one) => `${decimal(one.outcome.latency.p50, 0)} ms`),
				row('latency p99', (one) => `${decimal(one.outcome.latency.p99, 0)} ms`),
				row('latency max', (one) => `${decimal(one.outcome.latency.max, 0)} ms`),
				row(
					'errors (connection, timeouts)',
					(one) => `${count(one.outcome.errors)} (${count(one.outcome.timeouts)} timeouts)`
				),
				row('answers not 2xx/3xx', (one) => otherAnswers(one.outcome)),
				row('load ran for', (one) => `${decimal(one.outcome.seconds, 1)} s`),
				row('acknowledged (2xx/3xx)', (_, i) => count(compared[i].acknowledged)),
				row('stored (rows in its database)', (_, i) => count(compared[i].stored)),
				row('  acknowledged, not stored (lost)', (_, i) => count(compared[i].lost)),
				row('  stored, never acknowledged', (_, i) => count(compared[i].unacknowledged))
			]
		)
	);
	console.log(
		options.kill
			? '"Stored, never acknowledged": committed, then cut off by the kill, or in flight as the load stopped.'
			: `"Stored, never acknowledged": in flight as autocannon stopped at the end (it closes its sockets without waiting);\nat most one per connection (${options.connections}), plus one per error.`
	);
}

/** @param {import('./submit.js').Kill} kill @param {Measured} mesure */
export function printKill(kill, mesure) {
	const { acknowledged, stored, lost } = compare(mesure);
	console.log(
		`\nKill: SIGKILL to the app (pid ${kill.pid ?? '?'}) ${decimal(kill.afterSeconds, 1)} s into the load; restarted on the same port and`
	);
	console.log(
		`database, it answered again ${count(kill.downMs)} ms later. Requests in that time failed (the errors above), as expected.`
	);
	console.log(
		'Latency after it includes the whole load reconnecting at once to a cold process, which a saturated Node'
	);
	console.log('server takes in at about one new connection per turn of its event loop.');
	console.log(`  acknowledged ${count(acknowledged)} / stored ${count(stored)} / lost ${count(lost)}`);
}

/**
 * Prints the budgets and returns those that fail.
 * @param {Options} options @param {Measured | null} bare @param {Measured} mesure
 * @returns {string[]}
 */
export function judge(options, bare, mesure) {
	const app = compare(mesure);
	/** @type {[string, string, boolean][]} */
	const checks = [];
	if (bare) {
		const ratio = app.rate / compare(bare).rate;
		console.log(
			`\nMesure / bare: ${decimal(ratio)} (${count(app.rate)} / ${count(compare(bare).rate)} acknowledged per second)`
		);
		checks.push([`rate at least ${decimal(MIN_RATIO, 1)} of the bare server's`, decimal(ratio), ratio >= MIN_RATIO]);
		if (mesure.cpu !== null && bare.cpu !== null && app.acknowledged > 0) {
			const perRequest = (/** @type {Measured} */ one) =>
				/** @type {number} */ (one.cpu) / Math.max(1, compare(one).acknowledged);
			// What the rates' ratio would be with a core each to themselves: other work on the machine changes the rates, not this.
			console.log(
				`CPU per acknowledged request, bare / Mesure: ${decimal(perRequest(bare) / perRequest(mesure))} (${decimal(perRequest(bare) * 1000, 2)} ms / ${decimal(perRequest(mesure) * 1000, 2)} ms)`
			);
		}
		const answered = app.acknowledged > 0;
		checks.push([
			`p99 latency under ${MAX_P99_MS} ms`,
			answered ? `${decimal(mesure.outcome.latency.p99, 0)} ms` : 'nothing answered',
			answered && mesure.outcome.latency.p99 < MAX_P99_MS
		]);
	}
	for (const [name, measured] of bare
		? /** @type {const} */ ([
				['bare', bare],
				['Mesure', mesure]
			])
		: /** @type {const} */ ([['Mesure', mesure]])) {
		const figures = compare(measured);
		const bound = options.kill ? Infinity : options.connections + measured.outcome.errors;
		const held = figures.lost === 0 && figures.unacknowledged <= bound;
		checks.push([
			`${name}: ${options.kill ? 'every acknowledged response stored' : 'stored = acknowledged'}`,
			`${count(figures.lost)} lost, ${count(figures.unacknowledged)} stored unacknowledged`,
			held
		]);
	}
	console.log(
		options.kill
			? '\nBudget (PERFORMANCE.md): no acknowledged response lost when the process is killed'
			: '\nBudgets (PERFORMANCE.md)'
	);
	console.log(
		table(
			[{ title: 'budget' }, { title: 'measured', right: true }, { title: '' }],
			checks.map(([name, value, ok]) => [name, value, ok ? 'ok' : 'FAIL'])
		)
	);
	const failures = checks.filter(([, , ok]) => !ok).map(([name]) => name);
	console.log(failures.length === 0 ? '\nAll within budget.' : `\nFAILED: ${failures.join('; ')}`);
	return failures;
}
