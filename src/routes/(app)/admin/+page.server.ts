import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { createDemo, getAdministration } from '$lib/server/admin/service';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt, submitForm } from '$lib/server/http/form';
import { verifyOrganisationSchema } from '$lib/server/organisations/schema';
import { verifyDonor } from '$lib/server/organisations/verification';
import { instanceSettingsSchema } from '$lib/server/settings/schema';
import { setOpenSignup } from '$lib/server/settings/service';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	return orErrorPage(locals.locale, () => getAdministration(getDb(), user));
};

export const actions: Actions = {
	signup: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, instanceSettingsSchema, ({ openSignup }) =>
			setOpenSignup(getDb(), user, openSignup)
		);
		return result.ok ? { saved: true } : result.failure;
	},
	verify: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, verifyOrganisationSchema, ({ organisationId }) =>
			verifyDonor(getDb(), user, organisationId)
		);
		return result.ok
			? { verified: result.value.name }
			: fail(result.failure.status, { ...result.failure.data, verifyFailed: true });
	},
	demo: async ({ locals, url }) => {
		const { user } = requireUser(locals, url);
		const result = await attempt(locals.locale, {}, () => createDemo(getDb(), user));
		// Marked, so that the page says it beside the demo's button.
		return result.ok
			? { demo: result.value }
			: fail(result.failure.status, { ...result.failure.data, demoFailed: true });
	}
};
