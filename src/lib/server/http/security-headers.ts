const COMMON: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	// Invitation links carry a secret in their path: never pass it on to another site.
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin'
};

/** Pages get their Content-Security-Policy from svelte.config.js; other responses get a deny-all one. */
export function addSecurityHeaders(response: Response, url: URL, signedIn: boolean): void {
	const headers = response.headers;
	try {
		for (const [name, value] of Object.entries(COMMON)) if (!headers.has(name)) headers.set(name, value);
		if (!headers.has('Content-Security-Policy')) {
			headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
		}
		if (url.protocol === 'https:') headers.set('Strict-Transport-Security', 'max-age=31536000');
		if (signedIn && !headers.has('Cache-Control')) headers.set('Cache-Control', 'private, no-store');
	} catch {
		// Some responses (e.g. a fetched Response passed through) have immutable headers.
	}
}
