import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { listPageQuerySchema, pageOf } from '$lib/server/cursor';
import { getDb } from '$lib/server/db';
import { apiError, parseApiInput, readJsonBody, withApiUser } from '$lib/server/http/api';
import { shareApiBodySchema } from '$lib/server/sharing/schema';
import { listShares, shareCampaign } from '$lib/server/sharing/service';

/** The organisations the campaign's results are shared with, a page at a time. */
export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) => {
		const query = parseApiInput(listPageQuerySchema, Object.fromEntries(url.searchParams), locals.locale);
		if (!query.ok) return query.response;
		const all = await listShares(getDb(), user.id, params.id);
		const page = pageOf(all, (share) => [share.organisationName, share.organisationId], query.data);
		return json({ shares: page.items, nextCursor: page.nextCursor });
	});

/** Shares the campaign's results with a donor organisation (owners); sharing again changes nothing. */
export const POST: RequestHandler = ({ locals, params, request }) =>
	withApiUser(locals, async (user) => {
		const parsed = await readJsonBody(request, shareApiBodySchema, locals.locale);
		if (!parsed.ok) return parsed.response;
		return json({ shares: await shareCampaign(getDb(), user.id, params.id, parsed.data.organisationId) });
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
