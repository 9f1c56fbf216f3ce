import type { RequestHandler } from './$types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getCustomResults } from '$lib/server/custom-results/service';
import { getDb } from '$lib/server/db';
import { apiError, parseApiInput, withApiUser } from '$lib/server/http/api';
import { indicatorsQuerySchema } from '$lib/server/indicators/schema';
import { streamReportJson } from '$lib/server/indicators/report-stream';
import { getCampaignReport } from '$lib/server/indicators/service';

/** The campaign's indicators (docs/standard.md §3–§5), with `?disaggregate=` dimensions, and its own questions' results (§5.6). */
export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) => {
		const parsed = parseApiInput(
			indicatorsQuerySchema,
			{ disaggregate: url.searchParams.getAll('disaggregate') },
			locals.locale
		);
		if (!parsed.ok) return parsed.response;
		const db = getDb();
		const access = await getCampaignAccess(db, user.id, params.id);
		const [report, custom] = await Promise.all([
			getCampaignReport(db, access, parsed.data.disaggregate),
			// Aggregates only: the API never gives text answers.
			getCustomResults(db, { campaign: access.campaign, data: access.data }, locals.locale)
		]);
		return new Response(streamReportJson(locals.locale, report, { customQuestions: custom.questions }), {
			headers: { 'content-type': 'application/json' }
		});
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
