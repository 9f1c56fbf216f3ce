import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { getSurveyEditor } from '$lib/server/surveys/editor';
import { saveTranslations } from '$lib/server/surveys/translation-editor';
import { listTranslatableTexts } from '$lib/server/surveys/translations';
import { submitTranslationsForm } from '$lib/server/http/translations-form';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const { campaign, canEdit, survey } = await orErrorPage(locals.locale, () =>
		getSurveyEditor(getDb(), user.id, params.id)
	);
	return {
		campaign: { id: campaign.id, title: campaign.title, languages: campaign.languages },
		canEdit,
		texts: listTranslatableTexts(campaign, survey.draft.customQuestions),
		missing: survey.missingTranslations
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitTranslationsForm(request, locals.locale, (edits) =>
			saveTranslations(getDb(), user.id, params.id, edits)
		);
		return result.ok ? { saved: true } : result.failure;
	}
};
