import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getAdministration } from '$lib/server/admin/service';
import { requireUser } from '$lib/server/auth/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt, parseForm, readForm } from '$lib/server/http/form';
import { instanceSettingsSchema } from '$lib/server/settings/schema';
import { setOpenSignup } from '$lib/server/settings/service';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	return orErrorPage(locals.locale, () => getAdministration(getDb(), user));
};

export const actions: Actions = {
	signup: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const values = await readForm(request);
		const parsed = parseForm(instanceSettingsSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(locals.locale, values, () => setOpenSignup(getDb(), user, parsed.data.openSignup));
		return result.ok ? { saved: true } : result.failure;
	}
};
