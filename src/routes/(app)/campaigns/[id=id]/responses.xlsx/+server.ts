import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/http/require-user';
import { getDb } from '$lib/server/db';
import { readReviewStates, toResponsesDownload, wantsHxl } from '$lib/server/exports/csv-response';
import { exportResponsesXlsx } from '$lib/server/exports/responses-xlsx';
import { orErrorPage } from '$lib/server/http/errors';

/** The campaign page's XLSX download: the same export as the API's, for a signed-in owner or editor. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	const options = () => ({ hxl: wantsHxl(url), language: url.searchParams.get('lang'), states: readReviewStates(url) });
	return toResponsesDownload(
		await orErrorPage(locals.locale, () => exportResponsesXlsx(getDb(), user.id, params.id, options()))
	);
};
