import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { setSessionTokenCookie } from './session-cookie';
import { createSession, generateSessionToken } from '../auth/session';

export async function startSession(
	db: Kysely<Database>,
	cookies: Cookies,
	url: URL,
	userId: string,
	activeOrganisationId: string | null
): Promise<void> {
	const token = generateSessionToken();
	const session = await createSession(db, token, userId, activeOrganisationId);
	setSessionTokenCookie(cookies, url, token, session.expiresAt);
}
