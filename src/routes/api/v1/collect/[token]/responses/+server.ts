import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { CORE_LANGUAGES } from '$lib/core-module';
import { getDb } from '$lib/server/db';
import { negotiateLanguage } from '$lib/server/i18n/catalogues';
import { answersProblemResponse, apiError, readJsonBody } from '$lib/server/http/api';
import { readClientAddress } from '$lib/server/http/client-address';
import { orJsonError } from '$lib/server/http/errors';
import { collectInputSchema } from '$lib/server/responses/schema';
import { collectResponse } from '$lib/server/respondents/collect';

/** One response to a collection link, from the enumerators' offline queue or another tool; idempotent by `clientId`. */
export const POST: RequestHandler = (event) => {
	const { locals, params, request } = event;
	return orJsonError(locals.locale, async () => {
		if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
			return apiError(locals.locale, 'unsupported_media_type', 'errors.json_required', 415);
		}
		const parsed = await readJsonBody(request, collectInputSchema, locals.locale);
		if (!parsed.ok) return parsed.response;
		const result = await collectResponse(getDb(), params.token, parsed.data, locals.user, readClientAddress(event));
		// The answers' problems in the language asked for, any of the five a survey speaks (the queue asks for its interview's).
		const language = negotiateLanguage(request.headers.get('accept-language'), CORE_LANGUAGES) ?? locals.locale;
		if (!result.ok) return answersProblemResponse(language, result.problems);
		const { id, outcome, duplicate } = result.stored;
		return json(duplicate ? { id, outcome, duplicate: true } : { id, outcome }, { status: duplicate ? 200 : 201 });
	});
};

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
