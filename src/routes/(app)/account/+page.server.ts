import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { deleteSessionTokenCookie } from '$lib/server/http/session-cookie';
import { requireUser } from '$lib/server/http/require-user';
import { invalidateOtherSessions } from '$lib/server/auth/session';
import { submitForm } from '$lib/server/http/form';
import { changePasswordSchema, updateProfileSchema } from '$lib/server/users/schema';
import { changePassword } from '$lib/server/accounts/change-password';
import { updateProfile } from '$lib/server/users/service';

export const load: PageServerLoad = ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	return { profile: { name: user.name, email: user.email } };
};

export const actions: Actions = {
	profile: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, updateProfileSchema, (profile) =>
			updateProfile(getDb(), user.id, profile)
		);
		return result.ok ? { profileSaved: true } : result.failure;
	},
	password: async ({ request, locals, url }) => {
		const { user, session } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, changePasswordSchema, (passwords) =>
			changePassword(getDb(), user, session.id, passwords)
		);
		return result.ok ? { passwordChanged: true } : result.failure;
	},
	everywhere: async ({ locals, url, cookies }) => {
		const { user } = requireUser(locals, url);
		// Every session of the account, this one included: a lost phone or a shared computer is signed out too.
		await invalidateOtherSessions(getDb(), user.id, null);
		deleteSessionTokenCookie(cookies, url);
		redirect(303, '/signin');
	}
};
