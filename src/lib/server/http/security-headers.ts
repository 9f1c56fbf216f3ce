import { COMMON_HEADERS } from './common-headers.js';

/** The headers' setting, as a Response's Headers do it (names in any case). */
export type HeaderSetter = Pick<Headers, 'has' | 'set'>;

/** Pages get their Content-Security-Policy from svelte.config.js; other responses get a deny-all one. */
export function addSecurityHeaders(response: Response, url: Pick<URL, 'protocol'>, signedIn: boolean): void {
	try {
		setSecurityHeaders(response.headers, response.status, url.protocol, signedIn);
	} catch {
		// Some responses (e.g. a fetched Response passed through) have immutable headers.
	}
}

export function setSecurityHeaders(headers: HeaderSetter, status: number, protocol: string, signedIn: boolean): void {
	for (const [name, value] of Object.entries(COMMON_HEADERS)) if (!headers.has(name)) headers.set(name, value);
	// A 304 carries no policy: the browser keeps the one stored with the page, whose scripts it names.
	if (!headers.has('Content-Security-Policy') && status !== 304) {
		headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
	}
	if (protocol === 'https:') headers.set('Strict-Transport-Security', 'max-age=31536000');
	if (signedIn && !headers.has('Cache-Control')) headers.set('Cache-Control', 'private, no-store');
}
