import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, parseApiInput, withApiUser } from '$lib/server/http/api';
import { compareCampaigns } from '$lib/server/indicators/compare';
import { localiseComparison } from '$lib/server/indicators/localise';
import { compareQuerySchema } from '$lib/server/indicators/schema';

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
		const comparison = await compareCampaigns(getDb(), user.id, indicator, campaign.length ? campaign : undefined);
		return json(localiseComparison(locals.locale, comparison));
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
