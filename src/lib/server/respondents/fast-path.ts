/**
 * The contract between `npm start`'s server (scripts/start.js with scripts/lib/fast-path.js) and the app for
 * the requests it answers before SvelteKit: a survey's last page (`POST /s/{token}/send`) and a response sent
 * to the collection API (`POST /api/v1/collect/{token}/responses`). Through SvelteKit's whole pipeline they
 * would run at a fraction of what one process can take. The server does the HTTP around them (the route, the
 * body within its limits, the client's address as adapter-node reads it); the app registers, when it starts,
 * the service under FAST_PATH on globalThis, from its own bundle, and does the rest exactly as its routes do.
 */

/** Where scripts/lib/fast-path.js finds the service: `Symbol.for` is shared across bundles. */
export const FAST_PATH = Symbol.for('mesure.fastPath');

/** Who sends a survey's last page, when no one is signed in. */
export interface FastSendVisit {
	token: string;
	/** `?lang=`, as given. */
	language: string | null;
	acceptLanguage: string | null;
}

/** `POST /s/{token}/send`, its body read within SEND_BODY_LIMIT. */
export interface FastSendRequest extends FastSendVisit {
	/** The form, as `application/x-www-form-urlencoded` text. */
	body: string;
	/** The client's address, read by the server as the adapter does. */
	address: string;
}

export type FastSendAnswer = { status: 303 | 307; location: string } | { status: 413; page: string };

/**
 * `POST /api/v1/collect/{token}/responses` with a JSON content type and a Content-Length within BODY_SIZE_LIMIT,
 * its body not read yet: the headers the app reads, and the scheme the request came with.
 */
export interface FastCollectRequest {
	token: string;
	authorization: string | null;
	cookie: string | null;
	acceptLanguage: string | null;
	acceptEncoding: string | null;
	protocol: 'http:' | 'https:';
	address: string;
}

/** The whole answer: every header the app's hooks would add, but those npm start's server sets on every answer. */
export interface FastCollectAnswer {
	status: number;
	headers: [string, string][];
	body: Uint8Array;
}

export interface FastPathService {
	send(request: FastSendRequest): Promise<FastSendAnswer>;
	/** A last page whose body is over the limit, unread. */
	refuseTooLarge(visit: FastSendVisit): Promise<FastSendAnswer>;
	/**
	 * Null, without reading the body, when the app must answer it itself (a session to renew or to end, a
	 * database out of reach before the route): the server then hands the request to SvelteKit untouched.
	 * `readBody` resolves to null when the body is over the limit, and rejects when the client went away.
	 */
	collect(request: FastCollectRequest, readBody: () => Promise<string | null>): Promise<FastCollectAnswer | null>;
}

export function registerFastPath(service: FastPathService): void {
	(globalThis as Record<symbol, unknown>)[FAST_PATH] = service;
}
