import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { submitForm } from '$lib/server/http/form';
import {
	getSurveyEditor,
	moveCustomQuestion,
	removeCustomQuestion,
	saveCustomQuestion
} from '$lib/server/surveys/editor';
import { emptyQuestionForm } from '$lib/server/http/question-form';
import { submitQuestionForm } from '$lib/server/http/question-form-action';
import { moveQuestionSchema, questionRefSchema } from '$lib/server/surveys/schema';
import { summariseCoreModule } from '$lib/survey/core-summary';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const { campaign, canEdit, survey } = await orErrorPage(locals.locale, () =>
		getSurveyEditor(getDb(), user.id, params.id)
	);
	return {
		campaign: { id: campaign.id, title: campaign.title, languages: campaign.languages, status: campaign.status },
		canEdit,
		draft: survey.draft,
		publishedNumber: survey.published?.number ?? null,
		missingCount: survey.missingTranslations.length,
		core: summariseCoreModule(locals.locale, campaign.signatureMessages.length),
		emptyQuestion: emptyQuestionForm(campaign.languages)
	};
};

export const actions: Actions = {
	add: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitQuestionForm(request, locals.locale, (question) =>
			saveCustomQuestion(getDb(), user.id, params.id, null, question)
		);
		return result.ok ? { added: result.question.code } : result.failure;
	},
	move: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, moveQuestionSchema, ({ code, direction }) =>
			moveCustomQuestion(getDb(), user.id, params.id, code, direction)
		);
		return result.ok ? { moved: true } : result.failure;
	},
	remove: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, questionRefSchema, ({ code }) =>
			removeCustomQuestion(getDb(), user.id, params.id, code)
		);
		return result.ok ? { removed: true } : result.failure;
	}
};
