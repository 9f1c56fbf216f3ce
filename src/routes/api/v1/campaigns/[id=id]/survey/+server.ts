import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, withApiUser } from '$lib/server/http/api';
import { getSurvey } from '$lib/server/surveys/service';

export const GET: RequestHandler = ({ locals, params }) =>
	withApiUser(locals, async (user) => json(await getSurvey(getDb(), user.id, params.id)));

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
