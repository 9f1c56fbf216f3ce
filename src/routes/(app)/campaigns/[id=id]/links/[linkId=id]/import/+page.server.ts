import { fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt } from '$lib/server/http/form';
import { localiseImportReport } from '$lib/server/http/import-report';
import { localiseMessage } from '$lib/server/http/messages';
import { readImportForm } from '$lib/server/http/import-form';
import { trackImportProgress } from '$lib/server/imports/import-progress';
import { describeImportPage, importResponsesCsv } from '$lib/server/imports/import-service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	return orErrorPage(locals.locale, () => describeImportPage(getDb(), user.id, params.id, params.linkId));
};

/** `check` reads the chosen file and reports; `import` takes the text the report carried and imports it. */
async function importFile(
	{ request, locals, url, params }: RequestEvent<{ id: string; linkId: string }>,
	dryRun: boolean
) {
	const { user } = requireUser(locals, url);
	const form = await readImportForm(request);
	if (form.tooLarge) return fail(413, { errors: { file: localiseMessage(locals.locale, 'errors.csv_too_large') } });
	if (form.languageInvalid)
		return fail(400, { errors: { language: localiseMessage(locals.locale, 'errors.language_unsupported') } });
	// No file is the service's to refuse, after it has checked who asks.
	const bytes = form.bytes ?? new Uint8Array();
	const progress = form.progressToken ? trackImportProgress(user.id, form.progressToken, bytes.byteLength) : null;
	const result = await attempt(locals.locale, {}, () =>
		importResponsesCsv(getDb(), user.id, params.id, { linkId: params.linkId }, bytes, {
			language: form.language,
			dryRun,
			onProgress: progress?.note
		})
	).finally(() => progress?.end());
	if (!result.ok) return result.failure;
	const report = localiseImportReport(locals.locale, result.value);
	const language = form.language ?? '';
	if (!dryRun)
		return report.problemCount > 0 ? fail(422, { report, language, csv: null }) : { report, language, csv: null };
	// Carried to the import only when there is something to import.
	const csv = report.problemCount === 0 && report.toImport > 0 ? new TextDecoder().decode(bytes) : null;
	return { report, language, csv };
}

export const actions: Actions = {
	check: (event) => importFile(event, true),
	import: (event) => importFile(event, false)
};
