import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { invalidateSession } from '$lib/server/auth/session';
import { startSession } from '$lib/server/http/start-session';
import { DomainError } from '$lib/server/errors';
import { readClientAddress } from '$lib/server/http/client-address';
import { failWith, parseForm, readForm } from '$lib/server/http/form';
import { safeReturnPath } from '$lib/server/http/redirect';
import { signInSchema } from '$lib/server/users/schema';
import { signIn } from '$lib/server/accounts/sign-in';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeReturnPath(url.searchParams.get('redirectTo')));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, cookies, url } = event;
		const values = await readForm(request);
		// Attempts are counted against the address too: without it, none is made.
		const address = readClientAddress(event);
		if (address === null)
			return failWith(new DomainError('bad_request', 'errors.address_unknown'), locals.locale, values);
		const parsed = parseForm(signInSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const db = getDb();
		const result = await signIn(db, parsed.data, address);
		if (!result.ok) {
			const failure =
				result.reason === 'throttled'
					? new DomainError('too_many_requests', 'errors.too_many_attempts', {
							params: { seconds: result.retryAfterSeconds }
						})
					: new DomainError('bad_request', 'errors.invalid_credentials');
			return failWith(failure, locals.locale, values);
		}
		// A new token at every sign-in; the one the browser held before ends, whoever it was for.
		if (locals.session) await invalidateSession(db, locals.session.id);
		await startSession(db, cookies, url, result.user.id, result.organisationId);
		redirect(303, safeReturnPath(url.searchParams.get('redirectTo')));
	}
};
