import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { orErrorPage } from '$lib/server/http/errors';
import { readImportForm } from '$lib/server/http/import-form';
import { localiseMessage } from '$lib/server/http/messages';
import { requireUser } from '$lib/server/http/require-user';
import { exportLeftOutRows } from '$lib/server/imports/import-service';

/**
 * The rows of the file the import page carried (`csv`, `language`) that an import of its valid rows leaves out, as
 * a CSV to correct, with a first column saying why in the user's language. Made from the text sent, kept nowhere.
 */
export const POST: RequestHandler = async ({ locals, params, request, url }) => {
	const { user } = requireUser(locals, url);
	const form = await readImportForm(request);
	if (form.tooLarge) error(413, localiseMessage(locals.locale, 'errors.csv_too_large'));
	if (form.languageInvalid) error(400, localiseMessage(locals.locale, 'errors.language_unsupported'));
	const bytes = form.bytes ?? new Uint8Array();
	const { csv } = await orErrorPage(locals.locale, () =>
		exportLeftOutRows(getDb(), user.id, params.id, { linkId: params.linkId }, bytes, {
			language: form.language,
			locale: locals.locale
		})
	);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="left-out-rows.csv"',
			'cache-control': 'private, no-store'
		}
	});
};
