import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getCampaignForMember } from '$lib/server/campaigns/service';
import { readUploadedFile } from '$lib/server/http/body';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt, readForm } from '$lib/server/http/form';
import { requireUser } from '$lib/server/http/require-user';
import { listLanguageTexts, saveLanguageTexts } from '$lib/server/surveys/language-texts';
import { importTranslationSheet } from '$lib/server/surveys/translation-sheet';
import { languageDirection } from '$lib/languages';

const TEXT_FIELD = 'text:';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const db = getDb();
	const { campaign, canEdit } = await orErrorPage(locals.locale, () => getCampaignForMember(db, user.id, params.id));
	const texts = await orErrorPage(locals.locale, () =>
		listLanguageTexts(db, user.id, params.id, params.language, url.searchParams.get('reference'))
	);
	return {
		campaign: { id: campaign.id, title: campaign.title, languages: campaign.languages },
		canEdit,
		texts,
		dir: languageDirection(texts.language),
		referenceDir: languageDirection(texts.reference)
	};
};

export const actions: Actions = {
	save: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const values = await readForm(request);
		const texts = Object.fromEntries(
			Object.entries(values)
				.filter(([name]) => name.startsWith(TEXT_FIELD))
				.map(([name, text]) => [name.slice(TEXT_FIELD.length), text])
		);
		const result = await attempt(locals.locale, {}, () =>
			saveLanguageTexts(getDb(), user.id, params.id, params.language, texts)
		);
		return result.ok ? { saved: true } : result.failure;
	},
	sheet: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const bytes = await readUploadedFile(request, 'file');
		const result = await attempt(locals.locale, {}, () =>
			importTranslationSheet(getDb(), user.id, params.id, params.language, bytes)
		);
		if (!result.ok) return fail(result.failure.status, { errors: { file: result.failure.data.errors.form } });
		return { imported: result.value.imported };
	}
};
