import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'mesure_session';

/** Secure follows the scheme the site is reached by: set ORIGIN (or PROTOCOL_HEADER) to https in production. */
export function setSessionTokenCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt,
		path: '/'
	});
}

export function deleteSessionTokenCookie(cookies: Cookies, url: URL): void {
	cookies.set(SESSION_COOKIE, '', {
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 0,
		path: '/'
	});
}
