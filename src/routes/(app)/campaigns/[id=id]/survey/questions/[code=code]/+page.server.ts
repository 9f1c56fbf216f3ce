import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { getQuestionForEditing, saveCustomQuestion } from '$lib/server/surveys/editor';
import { questionToForm } from '$lib/server/http/question-form';
import { submitQuestionForm } from '$lib/server/http/question-form-action';
import { summariseCoreModule } from '$lib/survey/core-summary';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const { campaign, question, earlier } = await orErrorPage(locals.locale, () =>
		getQuestionForEditing(getDb(), user.id, params.id, params.code)
	);
	return {
		campaign: { id: campaign.id, title: campaign.title, languages: campaign.languages },
		code: question.code,
		initial: questionToForm(question, campaign.languages),
		earlier,
		core: summariseCoreModule(locals.locale, campaign.signatureMessages.length)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitQuestionForm(request, locals.locale, (question) =>
			saveCustomQuestion(getDb(), user.id, params.id, params.code, question)
		);
		if (!result.ok) return result.failure;
		redirect(303, `/campaigns/${params.id}/survey`);
	}
};
