import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getDb } from '$lib/server/db';
import { apiError, parseApiInput, withApiUser } from '$lib/server/http/api';
import { listResponses } from '$lib/server/review/list';
import { responseListQuerySchema } from '$lib/server/review/schema';

/** The campaign's responses, newest first, a page at a time (`?limit=&cursor=`), filtered by the query. */
export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) => {
		const query = parseApiInput(responseListQuerySchema, Object.fromEntries(url.searchParams), locals.locale);
		if (!query.ok) return query.response;
		const db = getDb();
		return json(await listResponses(db, await getCampaignAccess(db, user.id, params.id), user.id, query.data));
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
