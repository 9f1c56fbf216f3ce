import type { Actions, PageServerLoad } from './$types';
import { listCountries } from '$lib/countries';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/require-user';
import { closeCampaign, getCampaignForMember } from '$lib/server/campaigns/service';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt } from '$lib/server/http/form';
import { getSharingOverview } from '$lib/server/public-reports/sharing-overview';
import { sharingActions } from './sharing-actions';
import { getLinkCounts } from '$lib/server/responses/counts';
import { addFollowUpWave } from '$lib/server/surveys/links';
import { getSurvey, publishSurvey } from '$lib/server/surveys/service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const { campaign, canEdit, canExport } = await orErrorPage(locals.locale, () => getCampaignForMember(getDb(), user.id, params.id));
	const survey = await getSurvey(getDb(), user.id, campaign.id);
	const counts = await getLinkCounts(getDb(), user.id, campaign.id);
	const sharing = await getSharingOverview(getDb(), user.id, campaign.id);
	return { campaign, canEdit, canExport, survey, counts, sharing, origin: url.origin, countries: listCountries(locals.locale) };
};

export const actions: Actions = {
	publish: async ({ locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await attempt(locals.locale, {}, () => publishSurvey(getDb(), user.id, params.id));
		return result.ok ? { published: result.value.version } : result.failure;
	},
	followup: async ({ locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await attempt(locals.locale, {}, () => addFollowUpWave(getDb(), user.id, params.id));
		return result.ok ? { followUpAdded: true } : result.failure;
	},
	close: async ({ locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await attempt(locals.locale, {}, () => closeCampaign(getDb(), user.id, params.id));
		return result.ok ? { closed: true } : result.failure;
	},
	...sharingActions
};
