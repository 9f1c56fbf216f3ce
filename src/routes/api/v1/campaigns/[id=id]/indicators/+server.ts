import type { RequestHandler } from './$types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getDb } from '$lib/server/db';
import { apiError, parseApiInput, withApiUser } from '$lib/server/http/api';
import { indicatorsQuerySchema } from '$lib/server/indicators/schema';
import { streamReportJson } from '$lib/server/indicators/report-stream';
import { getCampaignReport } from '$lib/server/indicators/service';

/** The campaign's indicators (docs/standard.md §3–§5), with `?disaggregate=` dimensions. */
export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) => {
		const parsed = parseApiInput(
			indicatorsQuerySchema,
			{ disaggregate: url.searchParams.getAll('disaggregate') },
			locals.locale
		);
		if (!parsed.ok) return parsed.response;
		const db = getDb();
		const report = await getCampaignReport(
			db,
			await getCampaignAccess(db, user.id, params.id),
			parsed.data.disaggregate
		);
		return new Response(streamReportJson(locals.locale, report), { headers: { 'content-type': 'application/json' } });
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
