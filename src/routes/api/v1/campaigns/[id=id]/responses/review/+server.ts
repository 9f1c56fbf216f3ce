import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getDb } from '$lib/server/db';
import { apiError, readJsonBody, withApiUser } from '$lib/server/http/api';
import { reviewResponses } from '$lib/server/review/review';
import { bulkReviewSchema } from '$lib/server/review/schema';

/** Every response the filter keeps goes to `state`, in one transaction; `dryRun: true` only counts them. */
export const POST: RequestHandler = ({ locals, params, request }) =>
	withApiUser(locals, async (user) => {
		const input = await readJsonBody(request, bulkReviewSchema, locals.locale);
		if (!input.ok) return input.response;
		const db = getDb();
		return json(await reviewResponses(db, await getCampaignAccess(db, user.id, params.id), user.id, input.data));
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
