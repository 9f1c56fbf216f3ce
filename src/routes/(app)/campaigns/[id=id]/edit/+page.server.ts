import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listCountries } from '$lib/countries';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { CHANNELS } from '$lib/server/campaigns/campaign';
import { campaignToForm } from '$lib/server/http/campaign-form';
import { submitCampaignForm } from '$lib/server/http/campaign-form-action';
import { updateCampaignSchema } from '$lib/server/campaigns/schema';
import { getCampaign, updateCampaign } from '$lib/server/campaigns/service';
import { orErrorPage } from '$lib/server/http/errors';
import { getReadAloud } from '$lib/server/recordings/service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const campaign = await orErrorPage(locals.locale, () =>
		getCampaign(getDb(), user.id, params.id, ['owner', 'editor'])
	);
	return {
		campaign: { id: campaign.id, title: campaign.title },
		initial: campaignToForm(campaign),
		countries: listCountries(locals.locale),
		channels: CHANNELS,
		readAloud: await getReadAloud(getDb(), user.id, campaign.id),
		readAloudSaved: url.searchParams.get('read_aloud') === 'saved'
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitCampaignForm(request, locals.locale, updateCampaignSchema, (input) =>
			updateCampaign(getDb(), user.id, params.id, input)
		);
		if (!result.ok) return result.failure;
		redirect(303, `/campaigns/${params.id}`);
	}
};
