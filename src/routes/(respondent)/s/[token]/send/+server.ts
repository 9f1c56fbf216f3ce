import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { readLimitedForm } from '$lib/server/http/body';
import { readClientAddress } from '$lib/server/http/client-address';
import { SEND_BODY_LIMIT, SEND_DISCARD } from '$lib/server/http/send-limits.js';
import { tooLargeResponse } from '$lib/server/http/too-large-page';
import { chooseRefusalLanguage, sendSurvey } from '$lib/server/respondents/send';

/**
 * The survey's last page, sent. `npm start` answers this address itself before the app when no one is
 * signed in (see scripts/start.js): this route serves signed-in enumerators, and any other way of running Mesure.
 */
export const POST: RequestHandler = async (event) => {
	const { params, url, request, locals } = event;
	const visit = {
		token: params.token,
		language: url.searchParams.get('lang'),
		acceptLanguage: request.headers.get('accept-language'),
		actor: locals.user,
		now: new Date()
	};
	const read = await readLimitedForm(request, SEND_BODY_LIMIT, SEND_DISCARD);
	if (!read.ok) return tooLargeResponse(await chooseRefusalLanguage(getDb(), visit), params.token);
	const outcome = await sendSurvey(getDb(), visit, read.form, readClientAddress(event));
	return new Response(null, { status: outcome.kind === 'done' ? 303 : 307, headers: { location: outcome.location } });
};
