import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/http/form';
import { localiseMessage } from '$lib/server/http/messages';
import { safeReturnPath } from '$lib/server/http/redirect';
import { rememberLocale } from '$lib/server/http/locale-cookie';
import { languageSchema } from '$lib/server/i18n/schema';
import { getDb } from '$lib/server/db';
import { updateUserLocale } from '$lib/server/users/repository';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies, url, locals }) => {
		const parsed = languageSchema.safeParse(await readForm(request));
		if (!parsed.success) error(400, localiseMessage(locals.locale, 'errors.language_unsupported'));
		rememberLocale(cookies, url, parsed.data.locale);
		// Signed in, the choice follows the person to every device.
		if (locals.user) await updateUserLocale(getDb(), locals.user.id, parsed.data.locale);
		redirect(303, safeReturnPath(parsed.data.redirectTo));
	}
};
