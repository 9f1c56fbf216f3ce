import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, readJsonBody, withApiUser } from '$lib/server/http/api';
import { translationTextsSchema } from '$lib/server/surveys/schema';
import { listLanguageTexts, saveLanguageTexts } from '$lib/server/surveys/language-texts';

export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) =>
		json(await listLanguageTexts(getDb(), user.id, params.id, params.language, url.searchParams.get('reference')))
	);

export const PUT: RequestHandler = ({ locals, params, request }) =>
	withApiUser(locals, async (user) => {
		const body = await readJsonBody(request, translationTextsSchema, locals.locale);
		if (!body.ok) return body.response;
		return json(await saveLanguageTexts(getDb(), user.id, params.id, params.language, body.data.texts));
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
