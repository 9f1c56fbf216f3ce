import type { RequestHandler } from './$types';
import { listCampaignsForResults } from '$lib/server/access/readable';
import { exportComparisonCsv } from '$lib/server/comparison/csv';
import { parseComparisonQuery } from '$lib/server/comparison/query';
import { getDb } from '$lib/server/db';
import { toCsvDownload } from '$lib/server/exports/csv-response';
import { apiError, withApiUser } from '$lib/server/http/api';

/** The comparison's table as the donors' page downloads it (`/compare/table.csv`), for a token: the same query string. */
export const GET: RequestHandler = ({ locals, url }) =>
	withApiUser(locals, async (user) => {
		const parsed = parseComparisonQuery(url.searchParams);
		if (!parsed.ok) return apiError(locals.locale, 'invalid', parsed.reason, 400);
		const db = getDb();
		const { filename, body } = await exportComparisonCsv(
			db,
			await listCampaignsForResults(db, user.id),
			parsed.query,
			locals.locale
		);
		return toCsvDownload(filename, body);
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
