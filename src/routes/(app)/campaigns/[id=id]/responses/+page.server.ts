import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { readColumns, readFilterValues } from '$lib/review/columns';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getDb } from '$lib/server/db';
import { orErrorPage } from '$lib/server/http/errors';
import { fieldErrors, submitForm } from '$lib/server/http/form';
import { requireUser } from '$lib/server/http/require-user';
import { bulkFormSchema } from '$lib/server/review/form-schema';
import { getResponsesTable } from '$lib/server/review/pages';
import { reviewResponses } from '$lib/server/review/review';
import { responseListQuerySchema } from '$lib/server/review/schema';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const query = responseListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success) error(400, Object.values(fieldErrors(query.error, locals.locale))[0]);
	const db = getDb();
	const table = await orErrorPage(locals.locale, async () =>
		getResponsesTable(db, await getCampaignAccess(db, user.id, params.id), user.id, query.data)
	);
	return {
		...table,
		filter: readFilterValues(url.searchParams),
		columns: readColumns(url.searchParams, table.answerCodes),
		deleted: url.searchParams.has('deleted')
	};
};

export const actions: Actions = {
	bulk: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const db = getDb();
		const result = await submitForm(request, locals.locale, bulkFormSchema, async (bulk) => {
			const { step, state, comment, ...filter } = bulk;
			const access = await getCampaignAccess(db, user.id, params.id);
			const { matched } = await reviewResponses(db, access, user.id, {
				filter,
				state,
				comment,
				dryRun: step === 'preview'
			});
			return { step, state, comment, matched, durationBelow: filter.durationBelow ?? null };
		});
		return result.ok ? { bulk: result.value } : result.failure;
	}
};
