import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/require-user';
import { parseComparisonQuery } from '$lib/server/comparison/query';
import { getComparisonView, listComparableIndicators } from '$lib/server/comparison/service';
import { getDb } from '$lib/server/db';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	const query = parseComparisonQuery(url, locals.locale);
	return {
		view: await getComparisonView(getDb(), user.id, query, locals.locale),
		indicators: listComparableIndicators(locals.locale),
		search: url.search
	};
};
