import { SESSION_COOKIE } from './session-cookie';
import { findCollectActor } from './authenticate';
import { getDb } from '../db';
import { resolveLocale } from './locale-cookie';
import type { FastCollectAnswer, FastCollectRequest } from '../respondents/fast-path';
import type { TextRead } from './body';
import { answerCollectRequest, toCollectResponse, type CollectApiAnswer } from './collect-api';
import { acceptsGzip, compressResponse } from './compress';
import { addSecurityHeaders, setSecurityHeaders } from './security-headers';

/**
 * A response sent to the collection API, answered for `npm start`'s server as the app answers it (its hooks
 * and its route): see respondents/fast-path.ts. Null when the app must answer it.
 */
export async function collectFast(
	request: FastCollectRequest,
	readBody: () => Promise<string | null>
): Promise<FastCollectAnswer | null> {
	const db = getDb();
	const cookies = { get: (name: string) => readCookie(request.cookie, name) };
	const headers = {
		get: (name: string) =>
			name === 'accept-language' ? request.acceptLanguage : name === 'accept-encoding' ? request.acceptEncoding : null
	};
	const locale = resolveLocale(cookies, headers);
	// Nothing read yet: whatever fails here (a database out of reach) the app's hooks say in their own way.
	const actor = await findCollectActor(db, request.authorization, cookies.get(SESSION_COOKIE) ?? null).catch(
		() => null
	);
	if (!actor?.known) return null;
	const user = actor.user;
	const answer = await answerCollectRequest(db, {
		token: request.token,
		locale,
		acceptLanguage: request.acceptLanguage,
		contentType: 'application/json',
		user,
		// A client gone while it sent the body gets what the route answers then (no one reads it).
		readBody: () =>
			readBody().then(
				(text): TextRead => (text === null ? { ok: false, reason: 'too_large' } : { ok: true, text }),
				(): TextRead => ({ ok: false, reason: 'unreadable' })
			),
		readAddress: () => request.address
	});
	if (answer.kind === 'stored' && !acceptsGzip(request.acceptEncoding))
		return sendStored(answer, request.protocol, user !== null);
	// As the app's hooks make it: its headers, and gzip when the client takes it.
	const response = toCollectResponse(answer);
	addSecurityHeaders(response, { protocol: request.protocol }, user !== null);
	const sent = compressResponse({ method: 'POST', headers }, response);
	return { status: sent.status, headers: [...sent.headers], body: new Uint8Array(await sent.arrayBuffer()) };
}

/** What SvelteKit's `json` and the hooks make of a stored response, without making a Response (the most common answer). */
function sendStored(
	answer: Extract<CollectApiAnswer, { kind: 'stored' }>,
	protocol: string,
	signedIn: boolean
): FastCollectAnswer {
	const body = Buffer.from(JSON.stringify(answer.body));
	const headers = new Map<string, string>([
		['content-length', String(body.byteLength)],
		['content-type', 'application/json']
	]);
	const setter = {
		has: (name: string) => headers.has(name.toLowerCase()),
		set: (name: string, value: string) => void headers.set(name.toLowerCase(), value)
	};
	setSecurityHeaders(setter, answer.status, protocol, signedIn);
	headers.set('vary', 'Accept-Encoding');
	return { status: answer.status, headers: [...headers], body };
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
