import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { listCampaignsForResults } from '$lib/server/access/readable';
import { compareCampaigns } from '$lib/server/comparison/compare';
import { localiseComparison } from '$lib/server/comparison/localise';
import { compareQuerySchema } from '$lib/server/comparison/schema';
import { getDb } from '$lib/server/db';
import { apiError, parseApiInput, withApiUser } from '$lib/server/http/api';

/** The pooled change of one indicator across campaigns (docs/standard.md §4). */
export const GET: RequestHandler = ({ locals, url }) =>
	withApiUser(locals, async (user) => {
		const parsed = parseApiInput(
			compareQuerySchema,
			{ indicator: url.searchParams.get('indicator') ?? undefined, campaign: url.searchParams.getAll('campaign') },
			locals.locale
		);
		if (!parsed.ok) return parsed.response;
		const { indicator, campaign } = parsed.data;
		const db = getDb();
		const comparison = await compareCampaigns(
			db,
			await listCampaignsForResults(db, user.id),
			indicator,
			campaign.length ? campaign : undefined
		);
		return json(localiseComparison(locals.locale, comparison));
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
