import { json } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n/types';
import type { User } from '../users/user';
import { orJsonError } from './errors';
import { localiseMessage } from './messages';

/** Every API failure has this shape: `{ error: { code, message } }`, the message in the caller's language. */
export function apiError(locale: string, code: string, key: MessageKey, status: number): Response {
	return json({ error: { code, message: localiseMessage(locale, key) } }, { status });
}

/** Runs an endpoint for the token's owner; no token or an unknown one gets a 401. */
export function withApiUser(locals: App.Locals, run: (user: User) => Promise<Response>): Promise<Response> {
	const user = locals.user;
	if (!user) {
		const response = apiError(locals.locale, 'unauthenticated', 'errors.api_unauthenticated', 401);
		response.headers.set('WWW-Authenticate', 'Bearer');
		return Promise.resolve(response);
	}
	return orJsonError(locals.locale, () => run(user));
}
