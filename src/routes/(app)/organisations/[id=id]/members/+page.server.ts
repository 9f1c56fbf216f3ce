import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { submitForm } from '$lib/server/http/form';
import { createInvitationSchema, revokeInvitationSchema } from '$lib/server/invitations/schema';
import { createInvitation, listOpenInvitations, revokeInvitation } from '$lib/server/invitations/service';
import { changeRoleSchema, memberSchema } from '$lib/server/organisations/schema';
import {
	changeMemberRole,
	getOrganisationForMember,
	listMembers,
	removeMember
} from '$lib/server/organisations/service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const db = getDb();
	return orErrorPage(locals.locale, async () => {
		const { organisation, role } = await getOrganisationForMember(db, user.id, params.id);
		return {
			organisation,
			role,
			members: await listMembers(db, user.id, organisation.id),
			invitations: role === 'owner' ? await listOpenInvitations(db, user.id, organisation.id) : []
		};
	});
};

export const actions: Actions = {
	invite: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, createInvitationSchema, ({ role }) =>
			createInvitation(getDb(), user.id, params.id, role)
		);
		if (!result.ok) return result.failure;
		const { token, invitation } = result.value;
		return { invitation: { link: `${url.origin}/invite/${token}`, role: invitation.role } };
	},
	revokeInvitation: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, revokeInvitationSchema, ({ invitationId }) =>
			revokeInvitation(getDb(), user.id, params.id, invitationId)
		);
		return result.ok ? { invitationRevoked: true } : result.failure;
	},
	changeRole: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, changeRoleSchema, ({ userId, role }) =>
			changeMemberRole(getDb(), user.id, params.id, userId, role)
		);
		return result.ok ? { roleChanged: true } : result.failure;
	},
	remove: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, memberSchema, async ({ userId }) => {
			await removeMember(getDb(), user.id, params.id, userId);
			return { left: userId === user.id };
		});
		if (!result.ok) return result.failure;
		if (result.value.left) redirect(303, '/organisations');
		return { memberRemoved: true };
	}
};
