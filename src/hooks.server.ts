import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { getDb } from '$lib/server/db';
import { migrateToLatest } from '$lib/server/db/migrate';
import { authenticateRequest } from '$lib/server/auth/authenticate';
import { resolveLocale } from '$lib/server/i18n/resolve';
import { getCatalogue } from '$lib/server/i18n/catalogues';
import { addSecurityHeaders } from '$lib/server/http/security-headers';

export const init: ServerInit = async () => {
	if (building) return;
	const outcome = await migrateToLatest(getDb());
	if (!outcome.ok) throw new Error(`Database migration ${outcome.failed} failed`);
};

const locale: Handle = ({ event, resolve }) => {
	event.locals.locale = resolveLocale(event.cookies, event.request.headers);
	const { code, dir } = getCatalogue(event.locals.locale).locale;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', code).replace('%dir%', dir)
	});
};

const auth: Handle = async ({ event, resolve }) => {
	await authenticateRequest(getDb(), event);
	return resolve(event);
};

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	addSecurityHeaders(response, event.url, event.locals.user !== null);
	return response;
};

export const handle = sequence(locale, auth, headers);

// Only an id and the kind of error are logged: messages can carry SQL or input.
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const id = crypto.randomUUID();
	if (status >= 500) {
		const kind = error instanceof Error ? error.name : typeof error;
		console.error(`error ${id}: ${event.request.method} ${event.route.id ?? '(no route)'} failed (${kind})`);
	}
	return { message: status >= 500 ? 'Internal Error' : message, id };
};
