// The load of `npm run bench:submit`, in a process of its own so that autocannon does not share an event
// loop with the benchmark's bookkeeping (the servers run in their own processes too). Its parent sends one
// LoadPlan over IPC; it answers { started: true } when the load begins, then one LoadOutcome.
// Every request is a respondent's final post (or the same response as JSON) with its own submission id and its own x-forwarded-for
// address, so that the load is many respondents rather than one address flooding a link.
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';

/**
 * @typedef {object} LoadPlan
 * @property {string} url the server, e.g. http://127.0.0.1:3000
 * @property {string} path
 * @property {Record<string, string>} headers
 * @property {string} answers the rest of the urlencoded body, after `_client=…&`; or, as JSON, the object without its `clientId`
 * @property {'form' | 'json'} format
 * @property {number} connections
 * @property {number} duration seconds
 *
 * @typedef {object} LoadOutcome
 * @property {number} seconds how long the load ran
 * @property {number} requests responses of any status
 * @property {Record<string, number>} statuses count per HTTP status
 * @property {number} errors connection errors (refused, reset) and timeouts, as autocannon counts them
 * @property {number} timeouts
 * @property {{ p50: number, p99: number, max: number }} latency milliseconds from a request's writing to its answer, over every answer
 * @property {string[]} acknowledged the submission ids answered 2xx or 3xx
 */

/** Lower case letters and digits, as the survey form's `_client` must be. */
const RUN_PREFIX = randomBytes(6).toString('hex');
let sequence = 0;

function randomAddress() {
	const byte = () => Math.floor(Math.random() * 256);
	return `${1 + Math.floor(Math.random() * 223)}.${byte()}.${byte()}.${byte()}`;
}

/** @param {number[]} sorted @param {number} share */
function percentile(sorted, share) {
	return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

/**
 * Latency is timed here, per request: after a connection error autocannon 9 keeps the dead connection's
 * request in its queue and times later answers from it, which inflates its own figures.
 * @param {LoadPlan} plan
 * @returns {Promise<LoadOutcome>}
 */
async function runLoad(plan) {
	/** @type {string[]} */
	const acknowledged = [];
	/** @type {number[]} */
	const latencies = [];
	/** @type {Record<string, number>} */
	const statuses = {};
	const instance = autocannon({
		url: plan.url,
		connections: plan.connections,
		duration: plan.duration,
		requests: [
			{
				method: 'POST',
				path: plan.path,
				setupRequest: (request, context) => {
					const clientId = `${RUN_PREFIX}${(sequence++).toString(36).padStart(8, '0')}`;
					// The context is the connection's; it sends one request at a time, so its response is this one's.
					Object.assign(context, { clientId, sentAt: performance.now() });
					request.body =
						plan.format === 'json'
							? `{"clientId":"${clientId}",${plan.answers.slice(1)}`
							: `_client=${clientId}&${plan.answers}`;
					request.headers = { ...plan.headers, 'x-forwarded-for': randomAddress() };
					return request;
				},
				onResponse: (status, _body, context) => {
					statuses[status] = (statuses[status] ?? 0) + 1;
					const { clientId, sentAt } = /** @type {{ clientId?: string, sentAt?: number }} */ (context);
					if (sentAt !== undefined) latencies.push(performance.now() - sentAt);
					if (status >= 200 && status < 400 && clientId) acknowledged.push(clientId);
				}
			}
		]
	});
	process.send?.({ started: true });
	const result = await instance;
	latencies.sort((a, b) => a - b);
	return {
		seconds: result.duration,
		requests: result.requests.total,
		statuses,
		errors: result.errors,
		timeouts: result.timeouts,
		latency: { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies.at(-1) ?? 0 },
		acknowledged
	};
}

process.once('message', (plan) => {
	runLoad(/** @type {LoadPlan} */ (plan)).then(
		(outcome) => process.send?.(outcome, () => process.exit(0)),
		(error) => {
			console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
			process.exit(1);
		}
	);
});
