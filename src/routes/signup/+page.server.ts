import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { startSession } from '$lib/server/auth/start-session';
import { attempt, parseForm, readForm } from '$lib/server/http/form';
import { acceptInvitation, lookUpInvitation } from '$lib/server/invitations/service';
import { invitationTokenSchema } from '$lib/server/invitations/schema';
import { getInstanceSettings } from '$lib/server/settings/service';
import { accountSchema, signUpSchema } from '$lib/server/users/schema';
import { isSetupNeeded, signUp, signUpWithoutOrganisation } from '$lib/server/users/service';

/** `?invite=<token>`: an account that joins the inviting organisation, allowed even when open sign-up is off. */
async function findInvitation(url: URL) {
	const token = invitationTokenSchema.safeParse(url.searchParams.get('invite'));
	if (!token.success) return null;
	const lookup = await lookUpInvitation(getDb(), token.data);
	return lookup.status === 'valid' ? { token: token.data, organisation: lookup.organisation } : null;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, '/');
	if (await isSetupNeeded(getDb())) redirect(303, '/setup');
	const invitation = await findInvitation(url);
	const { openSignup } = await getInstanceSettings(getDb());
	return { openSignup, invitedTo: invitation?.organisation.name ?? null };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const values = await readForm(request);
		const invitation = await findInvitation(url);
		const db = getDb();

		if (invitation) {
			const parsed = parseForm(accountSchema, values, locals.locale);
			if (!parsed.ok) return parsed.failure;
			const result = await attempt(locals.locale, values, async () => {
				const user = await signUpWithoutOrganisation(db, parsed.data, getClientAddress());
				const joined = await acceptInvitation(db, invitation.token, user.id);
				return { user, organisationId: joined.organisationId };
			});
			if (!result.ok) return result.failure;
			await startSession(db, cookies, url, result.value.user.id, result.value.organisationId);
			redirect(303, `/organisations/${result.value.organisationId}/members`);
		}

		const parsed = parseForm(signUpSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(locals.locale, values, () => signUp(db, parsed.data, getClientAddress()));
		if (!result.ok) return result.failure;
		await startSession(db, cookies, url, result.value.user.id, result.value.organisation.id);
		redirect(303, '/');
	}
};
