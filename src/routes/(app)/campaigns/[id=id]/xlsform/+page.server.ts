import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { getCampaignForMember } from '$lib/server/campaigns/service';
import { readUploadedFile } from '$lib/server/http/body';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt, submitForm } from '$lib/server/http/form';
import { localiseMessage } from '$lib/server/http/messages';
import { addCustomQuestions } from '$lib/server/surveys/service';
import { importXlsFormQuestions } from '$lib/server/surveys/xlsform';
import { confirmImportSchema } from '$lib/server/surveys/xlsform-form';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const { campaign, canEdit } = await orErrorPage(locals.locale, () =>
		getCampaignForMember(getDb(), user.id, params.id)
	);
	return { campaign: { id: campaign.id, title: campaign.title, languages: campaign.languages }, canEdit };
};

export const actions: Actions = {
	preview: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const bytes = await readUploadedFile(request, 'file');
		if (bytes === 'too_large')
			return fail(413, { errors: { file: localiseMessage(locals.locale, 'errors.xlsform_too_large') } });
		if (!bytes) return fail(400, { errors: { file: localiseMessage(locals.locale, 'errors.xlsform_not_workbook') } });
		const result = await attempt(locals.locale, {}, () =>
			importXlsFormQuestions(getDb(), user.id, params.id, bytes, { dryRun: true })
		);
		if (!result.ok) return fail(result.failure.status, { errors: { file: result.failure.data.errors.form } });
		return { report: result.value, questionsJson: JSON.stringify(result.value.questions) };
	},
	import: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, confirmImportSchema, ({ questions }) =>
			addCustomQuestions(getDb(), user.id, params.id, questions)
		);
		if (!result.ok) return result.failure;
		redirect(303, `/campaigns/${params.id}`);
	}
};
