import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listOrganisationsOfUser, pickActiveOrganisation } from '$lib/server/organisations/service';

export const load: LayoutServerLoad = async ({ locals }) => {
	const organisations = locals.user ? await listOrganisationsOfUser(getDb(), locals.user.id) : [];
	return {
		user: locals.user && {
			id: locals.user.id,
			name: locals.user.name,
			email: locals.user.email,
			isAdmin: locals.user.isAdmin
		},
		organisations,
		activeOrganisation: pickActiveOrganisation(organisations, locals.session?.activeOrganisationId ?? null)
	};
};
