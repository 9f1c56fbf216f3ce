import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { exportCodebookCsv } from '$lib/server/exports/codebook-csv';
import { toCsvDownload } from '$lib/server/exports/csv-response';
import { apiError, withApiUser } from '$lib/server/http/api';

/** The codebook of the responses export (owners and editors), its labels in `?lang=` (one of the campaign's languages). */
export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) => {
		const { filename, body } = await exportCodebookCsv(getDb(), user.id, params.id, url.searchParams.get('lang'));
		return toCsvDownload(filename, body);
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
