import type { RequestHandler } from './$types';
import { exportComparisonCsvOf } from '$lib/server/comparison/csv';
import { getDb } from '$lib/server/db';
import { toCsvDownload } from '$lib/server/exports/csv-response';
import { apiError, withApiUser } from '$lib/server/http/api';

/** The comparison's table as the donors' page downloads it (`/compare/table.csv`), for a token: the same query string. */
export const GET: RequestHandler = ({ locals, url }) =>
	withApiUser(locals, async (user) => {
		const table = await exportComparisonCsvOf(getDb(), user.id, url.searchParams, locals.locale);
		if (!table.ok) return apiError(locals.locale, 'invalid', table.reason, 400);
		return toCsvDownload(table.filename, table.body);
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
