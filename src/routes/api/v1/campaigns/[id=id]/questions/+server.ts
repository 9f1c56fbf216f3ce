import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, readJsonBody, withApiUser } from '$lib/server/http/api';
import { questionsBodySchema } from '$lib/server/surveys/schema';
import { addCustomQuestions } from '$lib/server/surveys/service';

export const POST: RequestHandler = ({ locals, params, request }) =>
	withApiUser(locals, async (user) => {
		const questions = await readJsonBody(request, questionsBodySchema, locals.locale);
		if (!questions.ok) return questions.response;
		return json(await addCustomQuestions(getDb(), user.id, params.id, questions.data), { status: 201 });
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
