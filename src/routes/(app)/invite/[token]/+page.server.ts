import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { attempt } from '$lib/server/http/form';
import { localiseMessage } from '$lib/server/http/messages';
import { invitationTokenSchema } from '$lib/server/invitations/schema';
import { acceptInvitation, lookUpInvitation } from '$lib/server/invitations/service';

export const load: PageServerLoad = async ({ params }) => {
	const token = invitationTokenSchema.safeParse(params.token);
	const lookup = token.success ? await lookUpInvitation(getDb(), token.data) : { status: 'unknown' as const };
	if (lookup.status !== 'valid') return { status: lookup.status };
	return {
		status: lookup.status,
		organisationName: lookup.organisation.name,
		role: lookup.invitation.role
	};
};

export const actions: Actions = {
	default: async ({ locals, url, params }) => {
		const { user, session } = requireUser(locals, url);
		const token = invitationTokenSchema.safeParse(params.token);
		if (!token.success) error(404, localiseMessage(locals.locale, 'errors.invitation_not_found'));
		const result = await attempt(locals.locale, {}, () => acceptInvitation(getDb(), token.data, user.id, session.id));
		if (!result.ok) return result.failure;
		redirect(303, `/organisations/${result.value.organisationId}/members`);
	}
};
