import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { orLinkPage } from '$lib/server/http/respondent';
import { describeEnd } from '$lib/server/respondents/end';

export const load: PageServerLoad = async ({ params, url, request, locals }) => {
	const visit = {
		token: params.token,
		language: url.searchParams.get('lang'),
		acceptLanguage: request.headers.get('accept-language')
	};
	const end = await orLinkPage(locals, () => describeEnd(getDb(), visit, url.searchParams.get('outcome')));
	locals.documentLanguage = end.words.language;
	return { end };
};
