import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { submitForm } from '$lib/server/http/form';
import { confirmationFormSchema, expiryFormSchema } from '$lib/server/retention/schema';
import {
	deleteCampaign,
	deleteCampaignResponses,
	getDataControls,
	setResponseExpiry
} from '$lib/server/retention/service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	return orErrorPage(locals.locale, () => getDataControls(getDb(), user.id, params.id));
};

export const actions: Actions = {
	expiry: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, expiryFormSchema, ({ expiresOn }) =>
			setResponseExpiry(getDb(), user.id, params.id, expiresOn)
		);
		return result.ok ? { expirySaved: true } : result.failure;
	},
	deleteResponses: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, confirmationFormSchema, ({ confirmation }) =>
			deleteCampaignResponses(getDb(), user.id, params.id, confirmation)
		);
		return result.ok ? { responsesDeleted: result.value } : result.failure;
	},
	deleteCampaign: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, confirmationFormSchema, ({ confirmation }) =>
			deleteCampaign(getDb(), user.id, params.id, confirmation)
		);
		if (!result.ok) return result.failure;
		redirect(303, '/campaigns?deleted=1');
	}
};
