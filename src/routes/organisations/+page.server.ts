import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/require-user';
import { setActiveOrganisation } from '$lib/server/auth/session';
import { attempt, parseForm, readForm } from '$lib/server/http/form';
import { createOrganisationSchema, switchOrganisationSchema } from '$lib/server/organisations/schema';
import { createOrganisation, switchOrganisation } from '$lib/server/organisations/service';

export const load: PageServerLoad = ({ locals, url }) => {
	requireUser(locals, url);
	return {};
};

export const actions: Actions = {
	switch: async ({ request, locals, url }) => {
		const { user, session } = requireUser(locals, url);
		const values = await readForm(request);
		const parsed = parseForm(switchOrganisationSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(locals.locale, values, () =>
			switchOrganisation(getDb(), user.id, session.id, parsed.data.organisationId)
		);
		if (!result.ok) return result.failure;
		redirect(303, '/');
	},
	create: async ({ request, locals, url }) => {
		const { user, session } = requireUser(locals, url);
		const values = await readForm(request);
		const parsed = parseForm(createOrganisationSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const organisation = await createOrganisation(getDb(), user.id, parsed.data);
		await setActiveOrganisation(getDb(), session.id, organisation.id);
		redirect(303, `/organisations/${organisation.id}/members`);
	}
};
