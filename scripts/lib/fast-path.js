// The requests that write respondents' answers, answered before the app: a survey's last page
// (`POST /s/{token}/send`) and a response sent to the collection API (`POST /api/v1/collect/{token}/responses`).
// Through SvelteKit's whole pipeline they would run at a fraction of what one process can take (PERFORMANCE.md
// asks for 0.4 of a bare node:http server). The work itself is the app's own service, registered by the app
// when it starts; the contract, the symbol and the shapes, is src/lib/server/respondents/fast-path.ts. This
// file only does HTTP: the same-origin check SvelteKit would make, the client's address as adapter-node reads
// it, the body within its limits; whatever it is not sure of goes to the app.
import { readAddressHeader } from '../../src/lib/server/http/address-header.js';
import { SEND_BODY_LIMIT, SEND_DISCARD } from '../../src/lib/server/http/send-limits.js';
import { readBody } from './read-body.js';

const SEND_PATH = /^\/s\/([a-z2-7]{16,64})\/send$/;
const COLLECT_PATH = /^\/api\/v1\/collect\/([a-z2-7]{16,64})\/responses$/;
const FAST_PATH = Symbol.for('mesure.fastPath');
const SESSION_COOKIE = /(^|;\s*)mesure_session=/;
const FORM_TYPE = /^application\/x-www-form-urlencoded\b/i;
const JSON_TYPE = /^application\/json\b/i;

/** @typedef {import('../../src/lib/server/respondents/fast-path').FastSendAnswer} Answer */
/** @typedef {import('../../src/lib/server/respondents/fast-path').FastSendVisit} Visit */
/** @typedef {import('../../src/lib/server/respondents/fast-path').FastPathService} Service */
/** @typedef {import('../../src/lib/server/respondents/fast-path').FastCollectAnswer} CollectAnswer */
/** @typedef {{ localMode: boolean, bodySizeLimit: number, fallBack: () => void }} Options */

/**
 * Answers the request when it is one of the fast path's; returns false to leave it to the app.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Options} options `fallBack` hands the request, its body unread, to the app
 */
export function answerFast(req, res, options) {
	if (req.method !== 'POST') return false;
	if (req.url?.startsWith('/s/')) return answerSend(req, res, options);
	if (req.url?.startsWith('/api/v1/collect/')) return answerCollect(req, res, options);
	return false;
}

/**
 * A survey's last page sent by someone not signed in (a signed-in enumerator goes through the app, which checks
 * the session); false leaves it to the app, which also says what is wrong when the client's address cannot be read.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Options} options
 */
function answerSend(req, res, options) {
	/** @type {Service | undefined} */
	const service = /** @type {any} */ (globalThis)[FAST_PATH];
	const url = new URL(req.url ?? '/', 'http://localhost');
	const match = SEND_PATH.exec(url.pathname);
	if (!service || !match || SESSION_COOKIE.test(req.headers.cookie ?? '')) return false;
	const address = clientAddress(req);
	if (address === null) return false;
	if (!FORM_TYPE.test(req.headers['content-type'] ?? '') || req.headers.origin !== expectedOrigin(req, options)) {
		finish(res, { status: 403, text: 'Cross-site POST form submissions are forbidden' });
		return true;
	}
	/** @type {Visit} */
	const visit = {
		token: match[1],
		language: url.searchParams.get('lang'),
		acceptLanguage: req.headers['accept-language'] ?? null
	};
	readBody(req, { limit: SEND_BODY_LIMIT, discard: SEND_DISCARD })
		.then((body) => (body === null ? service.refuseTooLarge(visit) : service.send({ ...visit, body, address })))
		.then(
			(answer) => finish(res, answer),
			// The client went away (the service itself answers every failure of its own).
			() => res.destroy()
		);
	return true;
}

/**
 * A response sent as JSON to the collection API with its length given within BODY_SIZE_LIMIT; the service
 * authenticates it as the app's hooks do, and leaves to the app (null) what it cannot answer as the app would.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Options} options
 */
function answerCollect(req, res, options) {
	/** @type {Service | undefined} */
	const service = /** @type {any} */ (globalThis)[FAST_PATH];
	// The path as sent, without its query: any other spelling of it goes to the app.
	const match = COLLECT_PATH.exec((req.url ?? '').split('?', 1)[0]);
	const length = Number(req.headers['content-length']);
	if (!service || !match || !JSON_TYPE.test(req.headers['content-type'] ?? '')) return false;
	// The app refuses a body over the limit with its own 413; a body of unknown length is read by it.
	if (req.headers['transfer-encoding'] || !Number.isInteger(length) || length > options.bodySizeLimit) return false;
	const address = clientAddress(req);
	if (address === null) return false;
	const request = {
		token: match[1],
		authorization: req.headers.authorization ?? null,
		cookie: req.headers.cookie ?? null,
		acceptLanguage: req.headers['accept-language'] ?? null,
		acceptEncoding: req.headers['accept-encoding'] ?? null,
		protocol: /** @type {'http:' | 'https:'} */ (`${requestProtocol(req, options)}:`),
		address
	};
	const bounds = { limit: options.bodySizeLimit, discard: { bytes: options.bodySizeLimit, milliseconds: 0 } };
	service
		.collect(request, () => readBody(req, bounds))
		.then(
			(answer) => (answer ? finishCollect(res, answer) : options.fallBack()),
			// The client went away (the service itself answers every failure of its own).
			() => res.destroy()
		);
	return true;
}

/** @param {import('node:http').ServerResponse} res @param {CollectAnswer} answer */
function finishCollect(res, answer) {
	res.statusCode = answer.status;
	for (const [name, value] of answer.headers) res.setHeader(name, value);
	res.end(answer.body);
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

/** @type {{ origin: URL | null, protocolHeader: string | undefined, hostHeader: string, address: Record<string, string | undefined> } | null} */
let settings = null;

/** The settings adapter-node reads, read once: start.js has set them all before the first request. */
function readSettings() {
	settings ??= {
		origin: process.env.ORIGIN ? new URL(process.env.ORIGIN) : null,
		protocolHeader: process.env.PROTOCOL_HEADER?.toLowerCase(),
		hostHeader: process.env.HOST_HEADER?.toLowerCase() ?? 'host',
		address: { ADDRESS_HEADER: process.env.ADDRESS_HEADER, XFF_DEPTH: process.env.XFF_DEPTH }
	};
	return settings;
}

/** What SvelteKit compares the Origin header with: ORIGIN, or the scheme and host the request came with. */
function expectedOrigin(/** @type {import('node:http').IncomingMessage} */ req, /** @type {Options} */ options) {
	const { origin, hostHeader } = readSettings();
	if (origin) return origin.origin;
	return `${requestProtocol(req, options)}://${String(req.headers[hostHeader] ?? '')
		.split(',')[0]
		.trim()}`;
}

/** The scheme adapter-node gives the request's URL: ORIGIN's, else PROTOCOL_HEADER's, else https. */
function requestProtocol(/** @type {import('node:http').IncomingMessage} */ req, /** @type {Options} */ options) {
	const { origin, protocolHeader } = readSettings();
	if (origin) return origin.protocol.slice(0, -1);
	if (options.localMode) return 'http';
	return String((protocolHeader && req.headers[protocolHeader]) ?? 'https')
		.split(',')[0]
		.trim();
}

/** The client's address as adapter-node reads it, or null when the request lacks what ADDRESS_HEADER and XFF_DEPTH promise. */
function clientAddress(/** @type {import('node:http').IncomingMessage} */ req) {
	const read = readAddressHeader((name) => req.headers[name], readSettings().address);
	if (read === null) return req.socket.remoteAddress ?? '';
	return read.ok ? read.address : null;
}

/** BODY_SIZE_LIMIT in bytes, read as adapter-node reads it (`512K`, `5M`, `Infinity`). @param {string | undefined} value */
export function readBodySizeLimit(value = '512K') {
	const multiplier =
		/** @type {Record<string, number>} */ ({ K: 1024, M: 1024 * 1024, G: 1024 * 1024 * 1024 })[
			value.at(-1)?.toUpperCase() ?? ''
		] ?? 1;
	return Number(multiplier !== 1 ? value.slice(0, -1) : value) * multiplier;
}
