import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import {
	readCsvLayout,
	readRepeat,
	readReviewStates,
	toResponsesDownload,
	wantsHxl
} from '$lib/server/exports/csv-response';
import { exportResponsesCsv } from '$lib/server/exports/responses-csv';
import { apiError, withApiUser } from '$lib/server/http/api';

/**
 * The campaign's raw responses as CSV (owners and editors), streamed, each with its review state; `?hxl=1` adds an
 * HXL hashtag row, `?state=` (repeatable) keeps the responses in those states, `?repeat=` gives a repeat group's
 * instances instead (a row each, `_parent_index` their response's `client_id`).
 */
export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) =>
		toResponsesDownload(
			await exportResponsesCsv(getDb(), user.id, params.id, {
				hxl: wantsHxl(url),
				states: readReviewStates(url),
				layout: readCsvLayout(url),
				repeat: readRepeat(url)
			})
		)
	);

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
