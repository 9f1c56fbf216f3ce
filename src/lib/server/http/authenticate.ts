import type { RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { authenticateApiToken } from '../api-tokens/service';
import type { Database } from '../db/schema';
import { deleteSessionTokenCookie, SESSION_COOKIE, setSessionTokenCookie } from './session-cookie';
import { validateSessionToken } from '../auth/session';

/**
 * Fills `locals.user` and `locals.session`: a bearer token on `/api/`, the session cookie elsewhere. The
 * collection endpoint takes either, as the enumerators' offline queue sends from a signed-in page; it only
 * reads JSON, which a page of another site cannot send with the cookie.
 */
export async function authenticateRequest(db: Kysely<Database>, event: RequestEvent): Promise<void> {
	event.locals.user = null;
	event.locals.session = null;

	if (event.url.pathname.startsWith('/api/')) {
		const token = /^Bearer\s+(\S+)\s*$/i.exec(event.request.headers.get('authorization') ?? '')?.[1];
		if (token) event.locals.user = await authenticateApiToken(db, token);
		if (token || !event.url.pathname.startsWith('/api/v1/collect/')) return;
	}

	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) return;
	const result = await validateSessionToken(db, token);
	if (!result.session) {
		deleteSessionTokenCookie(event.cookies, event.url);
		return;
	}
	if (result.renewed) setSessionTokenCookie(event.cookies, event.url, token, result.session.expiresAt);
	event.locals.user = result.user;
	event.locals.session = result.session;
}
