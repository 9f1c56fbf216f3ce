import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { orErrorPage } from '$lib/server/http/errors';
import { localiseReport } from '$lib/server/indicators/localise';
import { publicReportTokenSchema } from '$lib/server/public-reports/schema';
import { readPublicReport } from '$lib/server/public-reports/service';

export const load: PageServerLoad = async ({ locals, params }) => {
	// A malformed token is looked up like any other, so that it answers the same "not found".
	const token = publicReportTokenSchema.safeParse(params.token).success ? params.token : '';
	const { facts, report } = await orErrorPage(locals.locale, () => readPublicReport(getDb(), token, []));
	return { facts, report: localiseReport(locals.locale, report) };
};
