import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { listCampaignsForResults } from '$lib/server/access/readable';
import { requireUser } from '$lib/server/http/require-user';
import { exportComparisonCsv } from '$lib/server/comparison/csv';
import { parseComparisonQuery } from '$lib/server/comparison/query';
import { getDb } from '$lib/server/db';
import { toCsvDownload } from '$lib/server/exports/csv-response';
import { localiseMessage } from '$lib/server/http/messages';

/** The comparison's table for the same query string as the page. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	const parsed = parseComparisonQuery(url.searchParams);
	if (!parsed.ok) error(400, localiseMessage(locals.locale, parsed.reason));
	const db = getDb();
	const { filename, body } = await exportComparisonCsv(
		db,
		await listCampaignsForResults(db, user.id),
		parsed.query,
		locals.locale
	);
	return toCsvDownload(filename, body);
};
