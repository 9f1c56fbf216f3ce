import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { listCampaignsForResults } from '$lib/server/access/readable';
import { requireUser } from '$lib/server/http/require-user';
import { parseComparisonQuery } from '$lib/server/comparison/query';
import { getComparisonView, listComparableIndicators } from '$lib/server/comparison/service';
import { getDb } from '$lib/server/db';
import { localiseMessage } from '$lib/server/http/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	const parsed = parseComparisonQuery(url.searchParams);
	if (!parsed.ok) error(400, localiseMessage(locals.locale, parsed.reason));
	const db = getDb();
	return {
		view: await getComparisonView(db, await listCampaignsForResults(db, user.id), parsed.query, locals.locale),
		indicators: listComparableIndicators(locals.locale),
		search: url.search
	};
};
