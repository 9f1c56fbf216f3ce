import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { deleteSessionTokenCookie } from '$lib/server/http/session-cookie';
import { invalidateSession } from '$lib/server/auth/session';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) await invalidateSession(getDb(), locals.session.id);
		deleteSessionTokenCookie(cookies, url);
		redirect(303, '/signin');
	}
};
