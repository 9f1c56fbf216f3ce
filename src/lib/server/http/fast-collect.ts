import { SESSION_COOKIE } from '../auth/cookies';
import { findCollectActor } from '../auth/authenticate';
import { getDb } from '../db';
import { isDatabaseUnavailable } from '../db/errors';
import { resolveLocale } from '../i18n/resolve';
import type { FastCollectAnswer, FastCollectRequest } from '../respondents/fast-path';
import { answerCollectRequest } from './collect-api';
import { compressResponse } from './compress';
import { addSecurityHeaders } from './security-headers';

/**
 * A response sent to the collection API, answered for `npm start`'s server as the app answers it (its hooks
 * and its route): see respondents/fast-path.ts. Null when the app must answer it.
 */
export async function collectFast(request: FastCollectRequest, readBody: () => Promise<string | null>): Promise<FastCollectAnswer | null> {
	const db = getDb();
	const cookies = { get: (name: string) => readCookie(request.cookie, name) };
	const headers = new Headers();
	if (request.acceptLanguage !== null) headers.set('accept-language', request.acceptLanguage);
	if (request.acceptEncoding !== null) headers.set('accept-encoding', request.acceptEncoding);
	const locale = resolveLocale(cookies, headers);
	let actor;
	try {
		actor = await findCollectActor(db, request.authorization, cookies.get(SESSION_COOKIE) ?? null);
	} catch (error) {
		// The app's hooks say so in their own way.
		if (isDatabaseUnavailable(error)) return null;
		throw error;
	}
	if (!actor.known) return null;
	const user = actor.user;
	const response = await answerCollectRequest(db, {
		token: request.token,
		locale,
		acceptLanguage: request.acceptLanguage,
		contentType: 'application/json',
		user,
		readBody: async () => {
			const text = await readBody();
			return text === null ? { ok: false, reason: 'too_large' } : { ok: true, text };
		},
		readAddress: () => request.address
	});
	addSecurityHeaders(response, { protocol: request.protocol }, user !== null);
	const answer = compressResponse({ method: 'POST', headers }, response);
	return { status: answer.status, headers: [...answer.headers], body: new Uint8Array(await answer.arrayBuffer()) };
}

/** A cookie's value as SvelteKit's `cookies.get` reads it: the first of that name, decoded. */
function readCookie(header: string | null, name: string): string | undefined {
	for (const part of (header ?? '').split(';')) {
		const at = part.indexOf('=');
		if (at < 0 || part.slice(0, at).trim() !== name) continue;
		let value = part.slice(at + 1).trim();
		if (value.startsWith('"') && value.endsWith('"') && value.length > 1) value = value.slice(1, -1);
		try {
			return value.includes('%') ? decodeURIComponent(value) : value;
		} catch {
			return value;
		}
	}
	return undefined;
}
