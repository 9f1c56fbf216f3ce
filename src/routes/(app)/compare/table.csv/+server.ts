import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exportComparisonCsvOf } from '$lib/server/comparison/csv';
import { getDb } from '$lib/server/db';
import { toCsvDownload } from '$lib/server/exports/csv-response';
import { requireUser } from '$lib/server/http/require-user';
import { localiseMessage } from '$lib/server/http/messages';

/** The comparison's table for the same query string as the page. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	const table = await exportComparisonCsvOf(getDb(), user.id, url.searchParams, locals.locale);
	if (!table.ok) error(400, localiseMessage(locals.locale, table.reason));
	return toCsvDownload(table.filename, table.body);
};
