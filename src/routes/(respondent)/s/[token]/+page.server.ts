import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { readClientAddress } from '$lib/server/http/client-address';
import { orLinkPage } from '$lib/server/http/respondent';
import { answerSurvey } from '$lib/server/respondents/answer';
import { openSurvey } from '$lib/server/respondents/open';
import type { Visit } from '$lib/server/respondents/visit';

function visitOf(token: string, url: URL, request: Request, locals: App.Locals): Visit {
	return {
		token,
		language: url.searchParams.get('lang'),
		acceptLanguage: request.headers.get('accept-language'),
		actor: locals.user,
		now: new Date()
	};
}

export const load: PageServerLoad = async ({ params, url, request, locals, setHeaders }) => {
	// After a POST the action has made the page: nothing to load again.
	if (request.method === 'POST') return { view: null };
	const view = await orLinkPage(locals, () => openSurvey(getDb(), visitOf(params.token, url, request, locals)));
	locals.documentLanguage = view.language;
	// The enumerators' service worker keeps only pages marked so: never a sign-in page in their place.
	if (view.kind !== 'sign_in' && view.mode === 'enumerator') setHeaders({ 'x-mesure-offline': 'interview' });
	return { view };
};

export const actions: Actions = {
	default: async (event) => {
		const { params, url, request, locals } = event;
		const form = await request.formData().catch(() => new FormData());
		const visit = visitOf(params.token, url, request, locals);
		const outcome = await orLinkPage(locals, () => answerSurvey(getDb(), visit, form, readClientAddress(event)));
		if (outcome.kind === 'redirect') redirect(303, outcome.location);
		locals.documentLanguage = outcome.view.language;
		return outcome.status === 200 ? { view: outcome.view } : fail(outcome.status, { view: outcome.view });
	}
};
