import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/http/require-user';
import { getDb } from '$lib/server/db';
import { readSyntaxOptions, toTextDownload } from '$lib/server/exports/csv-response';
import { exportResponsesSyntax } from '$lib/server/exports/responses-syntax';
import { orErrorPage } from '$lib/server/http/errors';

/** The campaign page's Stata do-file: the same as the API's, for a signed-in owner or editor. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	const { filename, body } = await orErrorPage(locals.locale, () =>
		exportResponsesSyntax(getDb(), user.id, params.id, readSyntaxOptions(url, 'stata'))
	);
	return toTextDownload(filename, body);
};
