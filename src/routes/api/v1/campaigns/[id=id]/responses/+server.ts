import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getDb } from '$lib/server/db';
import { apiError, parseApiInput, withApiUser } from '$lib/server/http/api';
import { listResponseChanges } from '$lib/server/review/changes';
import { listResponses } from '$lib/server/review/list';
import { responseChangesQuerySchema, responseListQuerySchema } from '$lib/server/review/schema';

/**
 * The campaign's responses, newest first, a page at a time (`?limit=&cursor=`), filtered by the query; with
 * `?since=`, what changed since (`0`: everything), oldest first.
 */
export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) => {
		const input = Object.fromEntries(url.searchParams);
		const db = getDb();
		if (url.searchParams.has('since')) {
			const query = parseApiInput(responseChangesQuerySchema, input, locals.locale);
			if (!query.ok) return query.response;
			const access = await getCampaignAccess(db, user.id, params.id);
			return json(await listResponseChanges(db, access, user.id, query.data));
		}
		const query = parseApiInput(responseListQuerySchema, input, locals.locale);
		if (!query.ok) return query.response;
		return json(await listResponses(db, await getCampaignAccess(db, user.id, params.id), user.id, query.data));
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
