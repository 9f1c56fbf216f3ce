// The one request of every respondent that writes, the survey's last page (`POST /s/{token}/send`), answered
// before the app: through SvelteKit's whole pipeline it would run at a fraction of what one process can take
// (PERFORMANCE.md asks for 0.4 of a bare node:http server). The work itself is the app's own service,
// registered by the app when it starts (src/lib/server/responses/fast-send.ts); this file only does HTTP:
// the same-origin check SvelteKit would make, the client's address as adapter-node reads it, the body.

const SEND_PATH = /^\/s\/([a-z2-7]{16,64})\/send$/;
const FAST_SEND = Symbol.for('mesure.sendSurvey');
const SESSION_COOKIE = /(^|;\s*)mesure_session=/;
const FORM_TYPE = /^application\/x-www-form-urlencoded\b/i;
const MAX_BODY_BYTES = 1024 * 1024;

/** @typedef {{ status: number, location: string | null }} Answer */

/**
 * Answers the request when it is a survey's last page sent by someone not signed in (a signed-in enumerator
 * goes through the app, which checks the session); returns false to leave it to the app.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ localMode: boolean }} options
 */
export function answerSend(req, res, options) {
	if (req.method !== 'POST' || !req.url?.startsWith('/s/')) return false;
	/** @type {((request: object) => Promise<Answer>) | undefined} */
	const send = /** @type {any} */ (globalThis)[FAST_SEND];
	const url = new URL(req.url, 'http://localhost');
	const match = SEND_PATH.exec(url.pathname);
	if (!send || !match || SESSION_COOKIE.test(req.headers.cookie ?? '')) return false;
	if (!FORM_TYPE.test(req.headers['content-type'] ?? '') || req.headers.origin !== expectedOrigin(req, options)) {
		finish(res, 403, null, 'Cross-site POST form submissions are forbidden');
		return true;
	}
	readBody(req).then(
		(body) =>
			send({
				token: match[1],
				language: url.searchParams.get('lang'),
				acceptLanguage: req.headers['accept-language'] ?? null,
				body,
				address: clientAddress(req)
			}).then((answer) => finish(res, answer.status, answer.location, '')),
		() => finish(res, 413, null, 'Payload Too Large')
	);
	return true;
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string | null} location @param {string} text */
function finish(res, status, location, text) {
	res.statusCode = status;
	if (location) res.setHeader('location', location);
	res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
	res.setHeader('cache-control', 'no-store');
	res.setHeader('content-type', 'text/plain; charset=utf-8');
	res.end(text);
}

/** What SvelteKit compares the Origin header with: ORIGIN, or the scheme and host the request came with. */
function expectedOrigin(/** @type {import('node:http').IncomingMessage} */ req, /** @type {{ localMode: boolean }} */ options) {
	if (process.env.ORIGIN) return new URL(process.env.ORIGIN).origin;
	const protocolHeader = process.env.PROTOCOL_HEADER?.toLowerCase();
	const hostHeader = process.env.HOST_HEADER?.toLowerCase() ?? 'host';
	const protocol = options.localMode ? 'http' : String((protocolHeader && req.headers[protocolHeader]) ?? 'https').split(',')[0].trim();
	return `${protocol}://${String(req.headers[hostHeader] ?? '').split(',')[0].trim()}`;
}

/** The client's address as adapter-node reads it: ADDRESS_HEADER (and XFF_DEPTH proxies back), or the socket's. */
function clientAddress(/** @type {import('node:http').IncomingMessage} */ req) {
	const header = process.env.ADDRESS_HEADER?.toLowerCase();
	if (!header) return req.socket.remoteAddress ?? '';
	const value = String(req.headers[header] ?? '');
	if (header !== 'x-forwarded-for') return value.trim();
	const addresses = value.split(',').map((address) => address.trim());
	const depth = Number(process.env.XFF_DEPTH ?? 1);
	return addresses[addresses.length - depth] ?? addresses[0] ?? '';
}

/** @returns {Promise<string>} */
function readBody(/** @type {import('node:http').IncomingMessage} */ req) {
	return new Promise((resolve, reject) => {
		/** @type {Buffer[]} */
		const chunks = [];
		let size = 0;
		req.on('data', (/** @type {Buffer} */ chunk) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) {
				req.destroy();
				reject(new Error('too large'));
			} else chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}
