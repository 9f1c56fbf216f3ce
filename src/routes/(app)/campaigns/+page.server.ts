import type { PageServerLoad } from './$types';
import { listCountries } from '$lib/countries';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { campaignFiltersSchema } from '$lib/server/campaigns/schema';
import { canRegisterCampaigns, listCampaigns } from '$lib/server/campaigns/service';
import { listOrganisationsOfUser } from '$lib/server/organisations/service';
import { listCampaignsForResults } from '$lib/server/access/readable';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	const parsed = campaignFiltersSchema.safeParse(Object.fromEntries(url.searchParams));
	const filters = parsed.success ? parsed.data : {};
	const db = getDb();
	const [campaigns, organisations, readable] = await Promise.all([
		listCampaigns(db, user.id, { ...filters, organisationId: undefined }),
		listOrganisationsOfUser(db, user.id),
		listCampaignsForResults(db, user.id)
	]);
	const mine = new Set(organisations.map((organisation) => organisation.id));
	return {
		campaigns,
		shared: readable.filter((campaign) => !mine.has(campaign.organisationId)),
		filters,
		countries: listCountries(locals.locale),
		canRegister: organisations.some(canRegisterCampaigns)
	};
};
