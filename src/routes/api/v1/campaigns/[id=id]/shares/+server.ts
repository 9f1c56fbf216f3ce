import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, readJsonBody, withApiUser } from '$lib/server/http/api';
import { shareApiBodySchema } from '$lib/server/sharing/schema';
import { listShares, shareCampaign } from '$lib/server/sharing/service';

/** The organisations the campaign's results are shared with. */
export const GET: RequestHandler = ({ locals, params }) =>
	withApiUser(locals, async (user) => json({ shares: await listShares(getDb(), user.id, params.id) }));

/** Shares the campaign's results with a donor organisation (owners); sharing again changes nothing. */
export const POST: RequestHandler = ({ locals, params, request }) =>
	withApiUser(locals, async (user) => {
		const parsed = await readJsonBody(request, shareApiBodySchema, locals.locale);
		if (!parsed.ok) return parsed.response;
		return json({ shares: await shareCampaign(getDb(), user.id, params.id, parsed.data.organisationId) });
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
