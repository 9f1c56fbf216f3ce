import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/http/require-user';
import { getDb } from '$lib/server/db';
import {
	readCsvLayout,
	readRepeat,
	readReviewStates,
	toResponsesDownload,
	wantsHxl
} from '$lib/server/exports/csv-response';
import { exportResponsesCsv } from '$lib/server/exports/responses-csv';
import { orErrorPage } from '$lib/server/http/errors';

/** The campaign page's download: the same export as the API's, for a signed-in owner or editor. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	return toResponsesDownload(
		await orErrorPage(locals.locale, () =>
			exportResponsesCsv(getDb(), user.id, params.id, {
				hxl: wantsHxl(url),
				states: readReviewStates(url),
				layout: readCsvLayout(url),
				repeat: readRepeat(url)
			})
		)
	);
};
