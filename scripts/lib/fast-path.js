// The one request of every respondent that writes, the survey's last page (`POST /s/{token}/send`), answered
// before the app: through SvelteKit's whole pipeline it would run at a fraction of what one process can take
// (PERFORMANCE.md asks for 0.4 of a bare node:http server). The work itself is the app's own service,
// registered by the app when it starts (src/lib/server/responses/fast-send.ts); this file only does HTTP:
// the same-origin check SvelteKit would make, the client's address as adapter-node reads it, the body.
import { readAddressHeader } from '../../src/lib/server/http/address-header.js';
import { SEND_BODY_LIMIT, SEND_DISCARD } from '../../src/lib/server/http/send-limits.js';
import { readBody } from './read-body.js';

const SEND_PATH = /^\/s\/([a-z2-7]{16,64})\/send$/;
const FAST_SEND = Symbol.for('mesure.sendSurvey');
const SESSION_COOKIE = /(^|;\s*)mesure_session=/;
const FORM_TYPE = /^application\/x-www-form-urlencoded\b/i;

/** @typedef {{ status: 303 | 307, location: string } | { status: 413, page: string }} Answer */
/** @typedef {{ token: string, language: string | null, acceptLanguage: string | null }} Visit */
/** @typedef {{ send: (request: Visit & { body: string, address: string }) => Promise<Answer>, refuseTooLarge: (visit: Visit) => Promise<Answer> }} Service */

/**
 * Answers the request when it is a survey's last page sent by someone not signed in (a signed-in enumerator
 * goes through the app, which checks the session); returns false to leave it to the app, which also says what
 * is wrong when the client's address cannot be read.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ localMode: boolean }} options
 */
export function answerSend(req, res, options) {
	if (req.method !== 'POST' || !req.url?.startsWith('/s/')) return false;
	/** @type {Service | undefined} */
	const service = /** @type {any} */ (globalThis)[FAST_SEND];
	const url = new URL(req.url, 'http://localhost');
	const match = SEND_PATH.exec(url.pathname);
	if (!service || !match || SESSION_COOKIE.test(req.headers.cookie ?? '')) return false;
	const address = clientAddress(req);
	if (address === null) return false;
	if (!FORM_TYPE.test(req.headers['content-type'] ?? '') || req.headers.origin !== expectedOrigin(req, options)) {
		finish(res, { status: 403, text: 'Cross-site POST form submissions are forbidden' });
		return true;
	}
	/** @type {Visit} */
	const visit = { token: match[1], language: url.searchParams.get('lang'), acceptLanguage: req.headers['accept-language'] ?? null };
	readBody(req, { limit: SEND_BODY_LIMIT, discard: SEND_DISCARD })
		.then((body) => (body === null ? service.refuseTooLarge(visit) : service.send({ ...visit, body, address })))
		.then(
			(answer) => finish(res, answer),
			// The client went away (the service itself answers every failure of its own).
			() => res.destroy()
		);
	return true;
}

/** @param {import('node:http').ServerResponse} res @param {Answer | { status: 403, text: string }} answer */
function finish(res, answer) {
	res.statusCode = answer.status;
	res.setHeader('cache-control', 'no-store');
	if ('location' in answer) res.setHeader('location', answer.location);
	if ('page' in answer) {
		// Not kept open: past the bounds of what is read of a body too large, the rest was never read.
		res.setHeader('connection', 'close');
		res.setHeader('content-security-policy', "default-src 'none'; img-src data:; frame-ancestors 'none'");
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(answer.page);
		return;
	}
	res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
	res.setHeader('content-type', 'text/plain; charset=utf-8');
	res.end('text' in answer ? answer.text : '');
}

/** What SvelteKit compares the Origin header with: ORIGIN, or the scheme and host the request came with. */
function expectedOrigin(/** @type {import('node:http').IncomingMessage} */ req, /** @type {{ localMode: boolean }} */ options) {
	if (process.env.ORIGIN) return new URL(process.env.ORIGIN).origin;
	const protocolHeader = process.env.PROTOCOL_HEADER?.toLowerCase();
	const hostHeader = process.env.HOST_HEADER?.toLowerCase() ?? 'host';
	const protocol = options.localMode ? 'http' : String((protocolHeader && req.headers[protocolHeader]) ?? 'https').split(',')[0].trim();
	return `${protocol}://${String(req.headers[hostHeader] ?? '').split(',')[0].trim()}`;
}

/** The client's address as adapter-node reads it, or null when the request lacks what ADDRESS_HEADER and XFF_DEPTH promise. */
function clientAddress(/** @type {import('node:http').IncomingMessage} */ req) {
	const read = readAddressHeader((name) => req.headers[name], process.env);
	if (read === null) return req.socket.remoteAddress ?? '';
	return read.ok ? read.address : null;
}
