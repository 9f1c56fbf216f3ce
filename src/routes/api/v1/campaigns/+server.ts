import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { campaignPageQuerySchema, createCampaignApiSchema } from '$lib/server/campaigns/schema';
import { createCampaign, listCampaignsPage } from '$lib/server/campaigns/service';
import { apiError, parseApiInput, readJsonBody, withApiUser } from '$lib/server/http/api';

export const GET: RequestHandler = ({ locals, url }) =>
	withApiUser(locals, async (user) => {
		const query = parseApiInput(campaignPageQuerySchema, Object.fromEntries(url.searchParams), locals.locale);
		if (!query.ok) return query.response;
		const { limit, cursor, ...filters } = query.data;
		return json(await listCampaignsPage(getDb(), user.id, filters, { limit, cursor }));
	});

export const POST: RequestHandler = ({ locals, request }) =>
	withApiUser(locals, async (user) => {
		const input = await readJsonBody(request, createCampaignApiSchema, locals.locale);
		if (!input.ok) return input.response;
		return json(await createCampaign(getDb(), user.id, input.data), { status: 201 });
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
