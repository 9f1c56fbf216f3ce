import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isCoreLanguage } from '$lib/core-module';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getDb } from '$lib/server/db';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt, keepableValues, parseForm, readForm, submitForm } from '$lib/server/http/form';
import { requireUser } from '$lib/server/http/require-user';
import { correctOneAnswer } from '$lib/server/review/correct-one';
import { deleteResponse } from '$lib/server/review/delete';
import { correctionFormSchema, deletionFormSchema, reviewFormSchema } from '$lib/server/review/form-schema';
import { getResponseView } from '$lib/server/review/pages';
import { reviewResponse } from '$lib/server/review/review';
import { describeProblem } from '$lib/survey/respondent-texts';
import { findWords } from '$lib/survey/words';

const languageOf = (locale: string) => (isCoreLanguage(locale) ? locale : 'en');

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const db = getDb();
	return orErrorPage(locals.locale, async () =>
		getResponseView(
			db,
			await getCampaignAccess(db, user.id, params.id),
			user.id,
			params.responseId,
			languageOf(locals.locale)
		)
	);
};

export const actions: Actions = {
	review: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const db = getDb();
		const result = await submitForm(request, locals.locale, reviewFormSchema, async (change) => {
			await reviewResponse(db, await getCampaignAccess(db, user.id, params.id), user.id, params.responseId, change);
			return change.state;
		});
		return result.ok ? { reviewed: result.value } : result.failure;
	},
	correct: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const db = getDb();
		const values = await readForm(request);
		const parsed = parseForm(correctionFormSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(locals.locale, values, async () =>
			correctOneAnswer(db, await getCampaignAccess(db, user.id, params.id), user.id, params.responseId, parsed.data)
		);
		if (!result.ok) return result.failure;
		if (result.value.ok) return { corrected: result.value.changed };
		const problems = result.value.problems.map((problem) => ({
			item: problem.item,
			message: describeProblem(findWords(languageOf(locals.locale)), problem.code, problem)
		}));
		return fail(422, { errors: {}, problems, values: keepableValues(values) });
	},
	delete: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const db = getDb();
		const result = await submitForm(request, locals.locale, deletionFormSchema, async ({ comment }) =>
			deleteResponse(db, await getCampaignAccess(db, user.id, params.id), user.id, params.responseId, comment)
		);
		if (!result.ok) return result.failure;
		redirect(303, `/campaigns/${params.id}/responses?deleted=1`);
	}
};
