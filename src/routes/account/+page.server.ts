import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/require-user';
import { attempt, parseForm, readForm } from '$lib/server/http/form';
import { changePasswordSchema, updateProfileSchema } from '$lib/server/users/schema';
import { changePassword, updateProfile } from '$lib/server/users/service';

export const load: PageServerLoad = ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	return { profile: { name: user.name, email: user.email } };
};

export const actions: Actions = {
	profile: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const values = await readForm(request);
		const parsed = parseForm(updateProfileSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		await updateProfile(getDb(), user.id, parsed.data);
		return { profileSaved: true };
	},
	password: async ({ request, locals, url }) => {
		const { user, session } = requireUser(locals, url);
		const values = await readForm(request);
		const parsed = parseForm(changePasswordSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(locals.locale, values, () => changePassword(getDb(), user.id, session.id, parsed.data));
		if (!result.ok) return result.failure;
		return { passwordChanged: true };
	}
};
