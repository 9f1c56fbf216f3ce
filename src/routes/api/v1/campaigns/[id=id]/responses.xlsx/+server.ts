import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { readReviewStates, toResponsesDownload, wantsHxl } from '$lib/server/exports/csv-response';
import { exportResponsesXlsx } from '$lib/server/exports/responses-xlsx';
import { apiError, withApiUser } from '$lib/server/http/api';

/** The campaign's raw responses as XLSX (owners and editors), streamed, with the codebook in `?lang=`; `?hxl=1` adds an HXL row. */
export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) =>
		toResponsesDownload(
			await exportResponsesXlsx(getDb(), user.id, params.id, {
				hxl: wantsHxl(url),
				language: url.searchParams.get('lang'),
				states: readReviewStates(url)
			})
		)
	);

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
