import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, withApiUser } from '$lib/server/http/api';
import { publishPublicReport, withdrawPublicReport } from '$lib/server/public-reports/service';

/** Publishes the campaign's report at a new unguessable address (owners); one already live is withdrawn. */
export const POST: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) => {
		const { url: reportUrl } = await publishPublicReport(getDb(), user.id, params.id, url.origin);
		return json({ url: reportUrl }, { status: 201 });
	});

/** Withdraws the live public report (owners): its address answers 404 at once. */
export const DELETE: RequestHandler = ({ locals, params }) =>
	withApiUser(locals, async (user) => {
		await withdrawPublicReport(getDb(), user.id, params.id);
		return new Response(null, { status: 204 });
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
