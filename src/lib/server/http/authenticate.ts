import type { RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { authenticateApiToken } from '../api-tokens/service';
import type { Database } from '../db/schema';
import { deleteSessionTokenCookie, SESSION_COOKIE, setSessionTokenCookie } from './session-cookie';
import { readSessionToken, validateSessionToken } from '../auth/session';
import type { User } from '../users/user';

/**
 * Fills `locals.user` and `locals.session`: a bearer token on `/api/`, the session cookie elsewhere. The
 * collection endpoint takes either, as the enumerators' offline queue sends from a signed-in page; it only
 * reads JSON, which a page of another site cannot send with the cookie.
 */
export async function authenticateRequest(db: Kysely<Database>, event: RequestEvent): Promise<void> {
	event.locals.user = null;
	event.locals.session = null;

	if (event.url.pathname.startsWith('/api/')) {
		const token = readBearerToken(event.request.headers.get('authorization'));
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

function readBearerToken(authorization: string | null): string | undefined {
	return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

export type CollectActor = { known: true; user: User | null } | { known: false };

/**
 * Who a request to the collection API speaks for, found as authenticateRequest finds it, when that changes no
 * session (nor the cookie): a session to renew or to end is left to it (`known: false`).
 */
export async function findCollectActor(
	db: Kysely<Database>,
	authorization: string | null,
	sessionToken: string | null
): Promise<CollectActor> {
	const token = readBearerToken(authorization);
	if (token) return { known: true, user: await authenticateApiToken(db, token) };
	if (!sessionToken) return { known: true, user: null };
	const read = await readSessionToken(db, sessionToken);
	return read.state === 'valid' ? { known: true, user: read.user } : { known: false };
}
