import { fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt } from '$lib/server/http/form';
import { localiseImportReport, type LocalisedImportReport } from '$lib/server/http/import-report';
import { localiseMessage } from '$lib/server/http/messages';
import { readImportForm } from '$lib/server/http/import-form';
import { trackImportProgress } from '$lib/server/imports/import-progress';
import { describeImportPage, importResponsesCsv } from '$lib/server/imports/import-service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	return orErrorPage(locals.locale, () => describeImportPage(getDb(), user.id, params.id, params.linkId));
};

/**
 * `check` reads the chosen file and reports what importing its valid rows would do; `import` takes the text the
 * report carried and imports it, whole, or its valid rows alone once the user has confirmed leaving out the others.
 */
async function importFile(
	{ request, locals, url, params }: RequestEvent<{ id: string; linkId: string }>,
	asked: { dryRun: boolean }
) {
	const { user } = requireUser(locals, url);
	const form = await readImportForm(request);
	if (form.tooLarge) return fail(413, { errors: { file: localiseMessage(locals.locale, 'errors.csv_too_large') } });
	if (form.languageInvalid)
		return fail(400, { errors: { language: localiseMessage(locals.locale, 'errors.language_unsupported') } });
	// Unconfirmed, the import is only checked again, so that the page keeps its report beside the message.
	const unconfirmed = !asked.dryRun && form.skipInvalid && !form.leaveOutConfirmed;
	const dryRun = asked.dryRun || unconfirmed;
	// No file is the service's to refuse, after it has checked who asks.
	const bytes = form.bytes ?? new Uint8Array();
	const progress = form.progressToken ? trackImportProgress(user.id, form.progressToken, bytes.byteLength) : null;
	const result = await attempt(locals.locale, {}, () =>
		importResponsesCsv(getDb(), user.id, params.id, { linkId: params.linkId }, bytes, {
			language: form.language,
			dryRun,
			skipInvalid: dryRun || form.skipInvalid,
			onProgress: progress?.note
		})
	).finally(() => progress?.end());
	if (!result.ok) return result.failure;
	const report = localiseImportReport(locals.locale, result.value);
	const language = form.language ?? '';
	const csv = carries(report) ? new TextDecoder().decode(bytes) : null;
	if (unconfirmed)
		return fail(400, {
			report,
			language,
			csv,
			errors: { confirmLeaveOut: localiseMessage(locals.locale, 'errors.leave_out_unconfirmed') }
		});
	if (!dryRun && !report.imported) return fail(422, { report, language, csv: null });
	return { report, language, csv };
}

/**
 * Whether the page carries the file's text on: to import what it holds, or to download its left-out rows. Not
 * while its header has a problem, which leaves nothing to choose.
 */
function carries(report: LocalisedImportReport): boolean {
	if (report.problems.some((problem) => problem.line === 1)) return false;
	return report.imported ? report.leftOutCount > 0 : report.toImport > 0 || report.leftOutCount > 0;
}

export const actions: Actions = {
	check: (event) => importFile(event, { dryRun: true }),
	import: (event) => importFile(event, { dryRun: false })
};
