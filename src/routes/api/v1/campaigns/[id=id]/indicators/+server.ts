import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, parseApiInput, withApiUser } from '$lib/server/http/api';
import { localiseReport } from '$lib/server/indicators/localise';
import { indicatorsQuerySchema } from '$lib/server/indicators/schema';
import { getCampaignReport } from '$lib/server/indicators/service';

/** The campaign's indicators (INDICATORS.md §3–§5), with `?disaggregate=` dimensions. */
export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) => {
		const parsed = parseApiInput(indicatorsQuerySchema, { disaggregate: url.searchParams.getAll('disaggregate') }, locals.locale);
		if (!parsed.ok) return parsed.response;
		const report = await getCampaignReport(getDb(), user.id, params.id, parsed.data.disaggregate);
		return json(localiseReport(locals.locale, report));
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
