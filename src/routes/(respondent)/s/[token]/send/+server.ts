import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { sendSurvey } from '$lib/server/responses/send';

/**
 * The survey's last page, sent. `npm start` answers this address itself before the app when no one is
 * signed in (see scripts/start.js): this route serves signed-in enumerators, and any other way of running Mesure.
 */
export const POST: RequestHandler = async ({ params, url, request, locals, getClientAddress }) => {
	const form = await request.formData().catch(() => new FormData());
	const visit = { token: params.token, language: url.searchParams.get('lang'), acceptLanguage: request.headers.get('accept-language'), actor: locals.user, now: new Date() };
	const outcome = await sendSurvey(getDb(), visit, form, getClientAddress());
	return new Response(null, { status: outcome.kind === 'done' ? 303 : 307, headers: { location: outcome.location } });
};
