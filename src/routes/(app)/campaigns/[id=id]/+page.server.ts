import type { Actions, PageServerLoad } from './$types';
import { listCountries } from '$lib/countries';
import { getDb } from '$lib/server/db';
import { getCampaignAccess, requireMember } from '$lib/server/access/campaign';
import { requireUser } from '$lib/server/http/require-user';
import { getCampaignOverview } from '$lib/server/campaign-overview/service';
import { closeCampaign } from '$lib/server/campaigns/service';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt } from '$lib/server/http/form';
import { sharingActions } from './sharing-actions';
import { addFollowUpWave } from '$lib/server/surveys/links';
import { publishSurvey } from '$lib/server/surveys/service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const db = getDb();
	const overview = await orErrorPage(locals.locale, async () =>
		getCampaignOverview(db, requireMember(await getCampaignAccess(db, user.id, params.id)))
	);
	return { ...overview, origin: url.origin, countries: listCountries(locals.locale) };
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
