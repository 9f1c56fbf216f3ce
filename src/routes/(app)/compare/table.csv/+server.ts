import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/require-user';
import { exportComparisonCsv } from '$lib/server/comparison/csv';
import { parseComparisonQuery } from '$lib/server/comparison/query';
import { getDb } from '$lib/server/db';
import { toCsvDownload } from '$lib/server/exports/csv-response';

/** The comparison's table for the same query string as the page. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	const { filename, body } = await exportComparisonCsv(getDb(), user.id, parseComparisonQuery(url, locals.locale), locals.locale);
	return toCsvDownload(filename, body);
};
