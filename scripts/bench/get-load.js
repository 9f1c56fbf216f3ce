// Anonymous readers of one page, in a process of their own so that autocannon does not share an event loop with
// the benchmark's /healthz probe. Its parent sends one GetPlan over IPC and gets one GetOutcome back.
import autocannon from 'autocannon';

/**
 * @typedef {object} GetPlan
 * @property {string} url the server, e.g. http://127.0.0.1:3000
 * @property {string} path
 * @property {Record<string, string>} headers
 * @property {number} connections
 * @property {number} duration seconds
 * @property {number} [rate] requests a second offered in all, as many as answered when not set
 *
 * @typedef {object} GetOutcome
 * @property {number} seconds
 * @property {number} requests responses of any status
 * @property {Record<string, number>} statuses count per HTTP status
 * @property {number} errors connection errors and timeouts
 * @property {{ p50: number, p99: number }} latency milliseconds
 */

/** @param {GetPlan} plan @returns {Promise<GetOutcome>} */
async function runLoad(plan) {
	/** @type {Record<string, number>} */
	const statuses = {};
	const result = await autocannon({
		url: `${plan.url}${plan.path}`,
		connections: plan.connections,
		duration: plan.duration,
		...(plan.rate ? { overallRate: plan.rate } : {}),
		headers: plan.headers,
		setupClient: (client) => client.on('response', (status) => (statuses[status] = (statuses[status] ?? 0) + 1))
	});
	return {
		seconds: result.duration,
		requests: result.requests.total,
		statuses,
		errors: result.errors + result.timeouts,
		latency: { p50: result.latency.p50, p99: result.latency.p99 }
	};
}

process.once('message', (plan) => {
	runLoad(/** @type {GetPlan} */ (plan)).then(
		(outcome) => process.send?.(outcome, () => process.exit(0)),
		(error) => {
			console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
			process.exit(1);
		}
	);
});
