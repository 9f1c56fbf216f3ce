import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listCountries } from '$lib/countries';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { CHANNELS } from '$lib/server/campaigns/campaign';
import { EMPTY_CAMPAIGN_FORM } from '$lib/server/http/campaign-form';
import { submitCampaignForm } from '$lib/server/http/campaign-form-action';
import { createCampaignSchema } from '$lib/server/campaigns/schema';
import { canRegisterCampaigns, createCampaign } from '$lib/server/campaigns/service';
import { localiseMessage } from '$lib/server/http/messages';
import { listOrganisationsOfUser } from '$lib/server/organisations/service';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, session } = requireUser(locals, url);
	const organisations = (await listOrganisationsOfUser(getDb(), user.id)).filter(canRegisterCampaigns);
	if (organisations.length === 0) error(403, localiseMessage(locals.locale, 'errors.campaigns_ngo_only'));
	const preferred = organisations.find((o) => o.id === session.activeOrganisationId) ?? organisations[0];
	return {
		organisations: organisations.map(({ id, name }) => ({ id, name })),
		countries: listCountries(locals.locale),
		channels: CHANNELS,
		initial: {
			...EMPTY_CAMPAIGN_FORM,
			organisationId: preferred.id,
			languages: [locals.locale],
			messagesLanguage: locals.locale
		}
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const result = await submitCampaignForm(request, locals.locale, createCampaignSchema, (input) =>
			createCampaign(getDb(), user.id, input)
		);
		if (!result.ok) return result.failure;
		redirect(303, `/campaigns/${result.campaign.id}`);
	}
};
