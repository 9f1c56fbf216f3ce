import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, withApiUser } from '$lib/server/http/api';
import { xlsxResponse } from '$lib/server/http/download';
import { exportXlsFormWithRecordings } from '$lib/server/recordings/xlsform';
import { importXlsFormQuestions } from '$lib/server/surveys/xlsform';

export const GET: RequestHandler = ({ locals, params }) =>
	withApiUser(locals, async (user) => xlsxResponse(await exportXlsFormWithRecordings(getDb(), user.id, params.id)));

/** The body is the .xlsx or .xls file itself; `?dryRun=1` reports without saving. */
export const POST: RequestHandler = ({ locals, params, request, url }) =>
	withApiUser(locals, async (user) => {
		const bytes = new Uint8Array(await request.arrayBuffer());
		const dryRun = ['1', 'true'].includes(url.searchParams.get('dryRun') ?? '');
		const report = await importXlsFormQuestions(getDb(), user.id, params.id, bytes, { dryRun });
		return json(report, { status: report.saved ? 201 : 200 });
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
