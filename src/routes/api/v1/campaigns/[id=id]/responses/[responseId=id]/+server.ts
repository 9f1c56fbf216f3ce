import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getDb } from '$lib/server/db';
import { answersProblemResponse, apiError, parseApiInput, readJsonBody, withApiUser } from '$lib/server/http/api';
import { correctResponse } from '$lib/server/review/correct';
import { deleteResponse } from '$lib/server/review/delete';
import { getResponse } from '$lib/server/review/list';
import { reviewResponse } from '$lib/server/review/review';
import { responseDeletionSchema, responsePatchSchema } from '$lib/server/review/schema';

/** One response, with its metadata, flags and history. */
export const GET: RequestHandler = ({ locals, params }) =>
	withApiUser(locals, async (user) => {
		const db = getDb();
		const access = await getCampaignAccess(db, user.id, params.id);
		return json(await getResponse(db, access, user.id, params.responseId));
	});

/** `{ state, comment }` reviews it; `{ answers, comment }` corrects it (422 with `fields` when a rule is broken). */
export const PATCH: RequestHandler = ({ locals, params, request }) =>
	withApiUser(locals, async (user) => {
		const input = await readJsonBody(request, responsePatchSchema, locals.locale);
		if (!input.ok) return input.response;
		const db = getDb();
		const access = await getCampaignAccess(db, user.id, params.id);
		const { state, answers, comment } = input.data;
		if (answers) {
			const corrected = await correctResponse(db, access, user.id, params.responseId, { answers, comment });
			if (!corrected.ok) return answersProblemResponse(locals.locale, corrected.problems);
		} else {
			await reviewResponse(db, access, user.id, params.responseId, { state: state!, comment });
		}
		return json(await getResponse(db, access, user.id, params.responseId));
	});

/** Owners only, with why: `?comment=…` or a JSON body `{ "comment": "…" }`. */
export const DELETE: RequestHandler = ({ locals, params, request, url }) =>
	withApiUser(locals, async (user) => {
		const input = request.headers.get('content-type')?.includes('json')
			? await readJsonBody(request, responseDeletionSchema, locals.locale)
			: parseApiInput(responseDeletionSchema, { comment: url.searchParams.get('comment') ?? '' }, locals.locale);
		if (!input.ok) return input.response;
		const db = getDb();
		const access = await getCampaignAccess(db, user.id, params.id);
		await deleteResponse(db, access, user.id, params.responseId, input.data.comment);
		return new Response(null, { status: 204 });
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
