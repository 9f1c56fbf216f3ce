import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/http/require-user';
import { getDb } from '$lib/server/db';
import { exportCodebookCsv } from '$lib/server/exports/codebook-csv';
import { toCsvDownload } from '$lib/server/exports/csv-response';
import { orErrorPage } from '$lib/server/http/errors';

/** The codebook, as the API gives it, for a signed-in owner or editor. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	const { filename, body } = await orErrorPage(locals.locale, () =>
		exportCodebookCsv(getDb(), user.id, params.id, url.searchParams.get('lang'))
	);
	return toCsvDownload(filename, body);
};
