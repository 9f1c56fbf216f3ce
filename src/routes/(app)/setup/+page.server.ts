import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { startSession } from '$lib/server/auth/start-session';
import { submitForm } from '$lib/server/http/form';
import { signUpSchema } from '$lib/server/users/schema';
import { isSetupNeeded, setUpAdministrator } from '$lib/server/users/service';

export const load: PageServerLoad = async () => {
	if (!(await isSetupNeeded(getDb()))) redirect(303, '/');
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const result = await submitForm(request, locals.locale, signUpSchema, (account) => setUpAdministrator(getDb(), account));
		if (!result.ok) return result.failure;
		await startSession(getDb(), cookies, url, result.value.user.id, result.value.organisation.id);
		redirect(303, '/');
	}
};
