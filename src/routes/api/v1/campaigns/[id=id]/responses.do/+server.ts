import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { readSyntaxOptions, toTextDownload } from '$lib/server/exports/csv-response';
import { exportResponsesSyntax } from '$lib/server/exports/responses-syntax';
import { apiError, withApiUser } from '$lib/server/http/api';

/** A Stata do-file reading the responses CSV with its labels in `?lang=` (owners and editors); `separator`, `multiple` as the CSV's. */
export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) => {
		const { filename, body } = await exportResponsesSyntax(
			getDb(),
			user.id,
			params.id,
			readSyntaxOptions(url, 'stata')
		);
		return toTextDownload(filename, body);
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
