import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { submitForm } from '$lib/server/http/form';
import { createOrganisationSchema, switchOrganisationSchema } from '$lib/server/organisations/schema';
import { createOrganisation, switchOrganisation } from '$lib/server/organisations/service';

export const load: PageServerLoad = ({ locals, url }) => {
	requireUser(locals, url);
	return {};
};

export const actions: Actions = {
	switch: async ({ request, locals, url }) => {
		const { user, session } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, switchOrganisationSchema, ({ organisationId }) =>
			switchOrganisation(getDb(), user.id, session.id, organisationId)
		);
		if (!result.ok) return result.failure;
		redirect(303, '/');
	},
	create: async ({ request, locals, url }) => {
		const { user, session } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, createOrganisationSchema, (organisation) =>
			createOrganisation(getDb(), user.id, organisation, session.id)
		);
		if (!result.ok) return result.failure;
		redirect(303, `/organisations/${result.value.id}/members`);
	}
};
