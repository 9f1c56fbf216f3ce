import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getDb } from '$lib/server/db';
import { getDesign, updateDesign } from '$lib/server/design/service';
import { designBodySchema } from '$lib/server/design/schema';
import { apiError, readJsonBody, withApiUser } from '$lib/server/http/api';
import { designProblemResponse } from '$lib/server/http/design-problems';

/** The campaign's clusters and panel setting (its members). */
export const GET: RequestHandler = ({ locals, params }) =>
	withApiUser(locals, async (user) => {
		const db = getDb();
		return json(await getDesign(db, await getCampaignAccess(db, user.id, params.id)));
	});

/** Replaces the clusters and sets the panel (owners and editors): checked whole, 422 with every problem. */
export const PUT: RequestHandler = ({ locals, params, request }) =>
	withApiUser(locals, async (user) => {
		const input = await readJsonBody(request, designBodySchema, locals.locale);
		if (!input.ok) return input.response;
		const db = getDb();
		const access = await getCampaignAccess(db, user.id, params.id);
		const clusters = input.data.clusters.map((cluster, index) => ({ line: index + 1, ...cluster }));
		const updated = await updateDesign(db, access, user.id, { clusters, panel: input.data.panel });
		if (!updated.ok) return designProblemResponse(locals.locale, updated.problems);
		return json(updated.design);
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
