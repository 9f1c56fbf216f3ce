import type { RequestHandler } from './$types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { requireUser } from '$lib/server/http/require-user';
import { getDb } from '$lib/server/db';
import { toXlsxDownload } from '$lib/server/exports/csv-response';
import { exportIndicatorsXlsx } from '$lib/server/exports/indicators-xlsx';
import { orErrorPage } from '$lib/server/http/errors';

/** The indicator table as XLSX, as the API gives it, for a signed-in reader of the campaign's results. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	const db = getDb();
	const { filename, body } = await orErrorPage(locals.locale, async () =>
		exportIndicatorsXlsx(db, await getCampaignAccess(db, user.id, params.id), locals.locale)
	);
	return toXlsxDownload(filename, body);
};
