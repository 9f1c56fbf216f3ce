import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listCountries } from '$lib/countries';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { requireUser } from '$lib/server/http/require-user';
import { getCustomResults } from '$lib/server/custom-results/service';
import { getDb } from '$lib/server/db';
import { submitForm } from '$lib/server/http/form';
import { localiseMessage } from '$lib/server/http/messages';
import { orErrorPage } from '$lib/server/http/errors';
import { localiseReport } from '$lib/server/indicators/localise';
import { labelLevels, listReportLevels } from '$lib/server/results/levels';
import { campaignTargetSchema, resultsQuerySchema } from '$lib/server/results/schema';
import { getCampaignResults, setSampleTarget } from '$lib/server/results/service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const query = resultsQuerySchema.safeParse({ by: url.searchParams.get('by') ?? undefined });
	if (!query.success) error(400, localiseMessage(locals.locale, 'errors.dimension_unknown'));
	const by = query.data.by;
	const db = getDb();
	const { results, custom } = await orErrorPage(locals.locale, async () => {
		const access = await getCampaignAccess(db, user.id, params.id);
		const [results, custom] = await Promise.all([
			getCampaignResults(db, access, by),
			getCustomResults(db, access, locals.locale)
		]);
		return { results, custom };
	});
	const report = localiseReport(locals.locale, results.report);
	return {
		...results,
		report,
		custom,
		by,
		levelLabels: by ? labelLevels(locals.locale, by, results.campaign, listReportLevels(report, by)) : {},
		countries: listCountries(locals.locale)
	};
};

export const actions: Actions = {
	target: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, campaignTargetSchema, ({ target }) =>
			setSampleTarget(getDb(), user.id, params.id, target)
		);
		return result.ok ? { targetSaved: result.value.sampleTarget } : result.failure;
	}
};
