import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError } from '$lib/server/http/api';
import { readTextBody } from '$lib/server/http/body';
import { readClientAddress } from '$lib/server/http/client-address';
import { answerCollectRequest, toCollectResponse } from '$lib/server/http/collect-api';

/** `npm start` answers most of these itself before the app (see src/lib/server/respondents/fast-path.ts), the same way. */
export const POST: RequestHandler = async (event) => {
	const { locals, params, request } = event;
	const answer = await answerCollectRequest(getDb(), {
		token: params.token,
		locale: locals.locale,
		acceptLanguage: request.headers.get('accept-language'),
		contentType: request.headers.get('content-type'),
		user: locals.user,
		readBody: () => readTextBody(request),
		readAddress: () => readClientAddress(event)
	});
	return toCollectResponse(answer);
};

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
