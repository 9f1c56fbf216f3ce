import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { xlsxResponse } from '$lib/server/http/download';
import { exportTranslationSheet } from '$lib/server/surveys/translation-sheet';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	return xlsxResponse(
		await orErrorPage(locals.locale, () =>
			exportTranslationSheet(getDb(), user.id, params.id, params.language, url.searchParams.get('reference'))
		)
	);
};
