import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt, parseForm, readForm } from '$lib/server/http/form';
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
		const values = await readForm(request);
		const parsed = parseForm(createInvitationSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(locals.locale, values, () =>
			createInvitation(getDb(), user.id, params.id, parsed.data.role)
		);
		if (!result.ok) return result.failure;
		return { invitation: { link: `${url.origin}/invite/${result.value.token}`, role: parsed.data.role } };
	},
	revokeInvitation: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const values = await readForm(request);
		const parsed = parseForm(revokeInvitationSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(locals.locale, values, () =>
			revokeInvitation(getDb(), user.id, params.id, parsed.data.invitationId)
		);
		return result.ok ? { invitationRevoked: true } : result.failure;
	},
	changeRole: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const values = await readForm(request);
		const parsed = parseForm(changeRoleSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(locals.locale, values, () =>
			changeMemberRole(getDb(), user.id, params.id, parsed.data.userId, parsed.data.role)
		);
		return result.ok ? { roleChanged: true } : result.failure;
	},
	remove: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const values = await readForm(request);
		const parsed = parseForm(memberSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(locals.locale, values, () =>
			removeMember(getDb(), user.id, params.id, parsed.data.userId)
		);
		if (!result.ok) return result.failure;
		if (parsed.data.userId === user.id) redirect(303, '/organisations');
		return { memberRemoved: true };
	}
};
