// Plain JavaScript so that scripts/start.js can use it on static files, which never reach the hooks.

/** Headers every response carries, pages, API and static files alike. */
export const COMMON_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	// Invitation links carry a secret in their path: never pass it on to another site. Not
	// `no-referrer`: Chromium then sends `Origin: null` with form posts, which fail the CSRF check.
	'Referrer-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin'
};
