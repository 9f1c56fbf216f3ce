import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { startSession } from '$lib/server/http/start-session';
import { localiseMessage } from '$lib/server/http/messages';
import { isSetupHostAllowed } from '$lib/server/http/setup-host';
import { submitForm } from '$lib/server/http/form';
import { setUpSchema } from '$lib/server/users/schema';
import { setUpAdministrator } from '$lib/server/accounts/set-up';
import { isSetupNeeded } from '$lib/server/users/service';

/** 421 Misdirected Request: this address is not one the set-up answers on. */
function refuseHost(locale: string, url: URL): never {
	error(421, localiseMessage(locale, 'errors.setup_host_refused', { host: url.hostname }));
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!isSetupHostAllowed(url)) refuseHost(locals.locale, url);
	if (!(await isSetupNeeded(getDb()))) redirect(303, '/');
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		if (!isSetupHostAllowed(url)) refuseHost(locals.locale, url);
		const result = await submitForm(request, locals.locale, setUpSchema, (account) =>
			setUpAdministrator(getDb(), account)
		);
		if (!result.ok) return result.failure;
		await startSession(getDb(), cookies, url, result.value.user.id, result.value.organisation.id);
		redirect(303, '/');
	}
};
