import type { RequestHandler } from './$types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { requireUser } from '$lib/server/http/require-user';
import { getDb } from '$lib/server/db';
import { toCsvDownload } from '$lib/server/exports/csv-response';
import { exportIndicatorsCsv } from '$lib/server/exports/indicators-csv';
import { orErrorPage } from '$lib/server/http/errors';

/** The indicator table as the API gives it, for a signed-in reader of the campaign's results. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	const db = getDb();
	const { filename, body } = await orErrorPage(locals.locale, async () =>
		exportIndicatorsCsv(db, await getCampaignAccess(db, user.id, params.id), locals.locale)
	);
	return toCsvDownload(filename, body);
};
