import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/http/form';
import { localiseMessage } from '$lib/server/http/messages';
import { safeReturnPath } from '$lib/server/http/redirect';
import { isSupportedLocale } from '$lib/server/i18n/catalogues';
import { rememberLocale } from '$lib/server/i18n/resolve';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies, url, locals }) => {
		const { locale, redirectTo } = await readForm(request);
		if (!isSupportedLocale(locale)) error(400, localiseMessage(locals.locale, 'errors.language_unsupported'));
		rememberLocale(cookies, url, locale);
		redirect(303, safeReturnPath(redirectTo));
	}
};
