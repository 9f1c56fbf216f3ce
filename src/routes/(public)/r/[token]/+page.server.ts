import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { orErrorPage } from '$lib/server/http/errors';
import { localiseMessage } from '$lib/server/http/messages';
import { localiseReport } from '$lib/server/indicators/localise';
import { publicReportTokenSchema } from '$lib/server/public-reports/schema';
import { readPublicCustomResults, readPublicReport } from '$lib/server/public-reports/service';
import { labelLevels, listReportLevels } from '$lib/server/results/levels';
import { resultsQuerySchema } from '$lib/server/results/schema';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	// A malformed token is looked up like any other, so that it answers the same "not found".
	const token = publicReportTokenSchema.safeParse(params.token).success ? params.token : '';
	const query = resultsQuerySchema.safeParse({ by: url.searchParams.get('by') ?? undefined });
	if (!query.success) error(400, localiseMessage(locals.locale, 'errors.dimension_unknown'));
	const by = query.data.by;
	const [{ facts, report }, custom] = await orErrorPage(locals.locale, () =>
		Promise.all([
			readPublicReport(getDb(), token, by ? [by] : []),
			readPublicCustomResults(getDb(), token, locals.locale)
		])
	);
	const localised = localiseReport(locals.locale, report);
	return {
		facts,
		report: localised,
		custom,
		by,
		levelLabels: by ? labelLevels(locals.locale, by, facts, listReportLevels(localised, by)) : {}
	};
};
