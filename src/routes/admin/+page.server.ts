import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt, readForm } from '$lib/server/http/form';
import { getAdministration } from '$lib/server/admin/service';
import { setOpenSignup } from '$lib/server/settings/service';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	return orErrorPage(locals.locale, () => getAdministration(getDb(), user));
};

export const actions: Actions = {
	signup: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const values = await readForm(request);
		const result = await attempt(locals.locale, values, () => setOpenSignup(getDb(), user, values.openSignup === 'on'));
		return result.ok ? { saved: true } : result.failure;
	}
};
