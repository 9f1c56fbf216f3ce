import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { campaignPatchSchema } from '$lib/server/campaigns/schema';
import { getCampaign, updateCampaign } from '$lib/server/campaigns/service';
import { apiError, readJsonBody, withApiUser } from '$lib/server/http/api';

export const GET: RequestHandler = ({ locals, params }) =>
	withApiUser(locals, async (user) => json(await getCampaign(getDb(), user.id, params.id)));

export const PATCH: RequestHandler = ({ locals, params, request }) =>
	withApiUser(locals, async (user) => {
		const input = await readJsonBody(request, campaignPatchSchema, locals.locale);
		if (!input.ok) return input.response;
		return json(await updateCampaign(getDb(), user.id, params.id, input.data));
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
