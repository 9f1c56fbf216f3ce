import type { RequestHandler } from './$types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getDb } from '$lib/server/db';
import { toXlsxDownload } from '$lib/server/exports/csv-response';
import { exportIndicatorsXlsx } from '$lib/server/exports/indicators-xlsx';
import { apiError, withApiUser } from '$lib/server/http/api';

/** The campaign's indicator table as XLSX: the CSV's rows, numbers typed as numbers. */
export const GET: RequestHandler = ({ locals, params }) =>
	withApiUser(locals, async (user) => {
		const db = getDb();
		const { filename, body } = await exportIndicatorsXlsx(
			db,
			await getCampaignAccess(db, user.id, params.id),
			locals.locale
		);
		return toXlsxDownload(filename, body);
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
