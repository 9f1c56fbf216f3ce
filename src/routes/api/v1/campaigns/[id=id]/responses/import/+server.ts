import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, parseApiInput, withApiUser } from '$lib/server/http/api';
import { localiseImportReport } from '$lib/server/http/import-report';
import { localiseMessage } from '$lib/server/http/messages';
import { importResponsesCsv } from '$lib/server/imports/import-service';
import { importQuerySchema } from '$lib/server/responses/schema';

/**
 * What tools send a .csv file as. (`text/plain`, like the form types, never gets here without the app's own
 * Origin: SvelteKit refuses it as a cross-site form post.)
 */
const CSV_TYPES =
	/^(text\/csv|text\/tab-separated-values|application\/csv|application\/vnd\.ms-excel|application\/octet-stream)\b/i;

/**
 * The body is the CSV file itself, for the link of `wave` and `group`; `?dryRun=1` only reports. An import
 * with any problem writes nothing and answers 422 with the problems; with `?skipInvalid=1` it stores the valid
 * rows and answers 200, listing those it left out, unless the header itself has a problem.
 */
export const POST: RequestHandler = ({ locals, params, request, url }) =>
	withApiUser(locals, async (user) => {
		const query = parseApiInput(importQuerySchema, Object.fromEntries(url.searchParams), locals.locale);
		if (!query.ok) return query.response;
		const type = request.headers.get('content-type');
		if (type !== null && !CSV_TYPES.test(type))
			return apiError(locals.locale, 'unsupported_media_type', 'errors.csv_required', 415);
		const { wave, group, language, dryRun, skipInvalid } = query.data;
		const bytes = new Uint8Array(await request.arrayBuffer());
		const report = localiseImportReport(
			locals.locale,
			await importResponsesCsv(getDb(), user.id, params.id, { wave, group }, bytes, { language, dryRun, skipInvalid })
		);
		if (!dryRun && !report.imported && report.problemCount > 0) {
			const message = localiseMessage(
				locals.locale,
				skipInvalid ? 'errors.csv_header_problems' : 'errors.csv_has_problems'
			);
			return json(
				{ error: { code: 'invalid', message, problems: report.problems, problemCount: report.problemCount } },
				{ status: 422 }
			);
		}
		return json(report);
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
