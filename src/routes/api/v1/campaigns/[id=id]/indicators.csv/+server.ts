import type { RequestHandler } from './$types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getDb } from '$lib/server/db';
import { toCsvDownload } from '$lib/server/exports/csv-response';
import { exportIndicatorsCsv } from '$lib/server/exports/indicators-csv';
import { apiError, withApiUser } from '$lib/server/http/api';

/** The campaign's indicator table as CSV: every cell, change and impact, for all and for each level of every dimension. */
export const GET: RequestHandler = ({ locals, params }) =>
	withApiUser(locals, async (user) => {
		const db = getDb();
		const { filename, body } = await exportIndicatorsCsv(
			db,
			await getCampaignAccess(db, user.id, params.id),
			locals.locale
		);
		return toCsvDownload(filename, body);
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
