import { fail } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { getCampaignAccess, type CampaignAccess } from '$lib/server/access/campaign';
import type { Database } from '$lib/server/db/schema';
import { getDb } from '$lib/server/db';
import { readClusterFile } from '$lib/server/imports/cluster-file';
import {
	addCluster,
	getDesignPage,
	removeCluster,
	setPanel,
	updateDesign,
	type DesignUpdate
} from '$lib/server/design/service';
import { readUploadedFile } from '$lib/server/http/body';
import { describeClusterFileError, describeDesignProblems } from '$lib/server/http/design-problems';
import { orErrorPage } from '$lib/server/http/errors';
import { attempt, parseForm, readForm, submitForm } from '$lib/server/http/form';
import { clusterCodeFormSchema, panelFormSchema } from '$lib/server/design/schema';
import { listLinks } from '$lib/server/surveys/repository';
import { addClusterLinks, clusterLinksSchema } from '$lib/server/surveys/links';
import { localiseMessage } from '$lib/server/http/messages';
import { requireUser } from '$lib/server/http/require-user';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const db = getDb();
	return orErrorPage(locals.locale, async () => {
		const access = await getCampaignAccess(db, user.id, params.id);
		const links = await listLinks(db, access.campaign.id);
		return {
			campaign: { id: access.campaign.id, title: access.campaign.title },
			...(await getDesignPage(db, access)),
			isOwner: access.reader === 'member' && access.role === 'owner',
			// The waves and groups that have links, and the links already made for one cluster.
			cells: links.filter((link) => link.clusterId === null).map(({ wave, group }) => ({ wave, group })),
			clusterLinks: links
				.filter((link) => link.clusterId !== null)
				.map(({ id, wave, group, clusterCode }) => ({ id, wave, group, clusterCode: clusterCode! }))
		};
	});
};

type Change = (db: Kysely<Database>, access: CampaignAccess, actorId: string) => Promise<DesignUpdate>;

/** Runs one change of the design for the reader: saved, or its problems (line, column, value, why) to list. */
/**
 * Saves a change of the design. Its problems are listed as a file's (line, column, value, why), or, for the form
 * that adds one cluster (`byField`), each by its field.
 */
async function save(event: RequestEvent, values: Record<string, string>, change: Change, byField = false) {
	const { locals, url, params } = event;
	const { user } = requireUser(locals, url);
	const db = getDb();
	const result = await attempt(locals.locale, values, async () =>
		change(db, await getCampaignAccess(db, user.id, params.id!), user.id)
	);
	if (!result.ok) return result.failure;
	if (result.value.ok) return { saved: true };
	const problems = describeDesignProblems(locals.locale, result.value.problems);
	if (!byField) return fail(422, { problems, values });
	const errors: Record<string, string> = {};
	for (const problem of problems) errors[problem.column in values ? problem.column : 'form'] ??= problem.message;
	return fail(422, { errors, values });
}

export const actions: Actions = {
	upload: async (event) => {
		const { locale } = event.locals;
		const { user } = requireUser(event.locals, event.url);
		// Who may not see the campaign is told so before the file is read.
		const seen = await attempt(locale, {}, () => getCampaignAccess(getDb(), user.id, event.params.id));
		if (!seen.ok) return seen.failure;
		const file = await readUploadedFile(event.request, 'file');
		if (file === 'too_large') return fail(413, { errors: { file: localiseMessage(locale, 'errors.csv_too_large') } });
		if (file === null) return fail(400, { errors: { file: localiseMessage(locale, 'errors.csv_empty') } });
		const read = await readClusterFile(file);
		if (!read.ok) return fail(400, { errors: { file: describeClusterFileError(locale, read.error, read.line) } });
		return save(event, {}, (db, access, actorId) => updateDesign(db, access, actorId, { clusters: read.drafts }));
	},
	add: async (event) => {
		const values = await readForm(event.request);
		const parsed = parseForm(clusterCodeFormSchema, values, event.locals.locale);
		if (!parsed.ok) return parsed.failure;
		const { name, stratum, weight } = values;
		return save(
			event,
			values,
			(db, access, actorId) => addCluster(db, access, actorId, { code: parsed.data.code, name, stratum, weight }),
			true
		);
	},
	remove: async (event) => {
		const parsed = parseForm(clusterCodeFormSchema, await readForm(event.request), event.locals.locale);
		if (!parsed.ok) return parsed.failure;
		return save(event, {}, (db, access, actorId) => removeCluster(db, access, actorId, parsed.data.code));
	},
	links: async (event) => {
		const { locals, url, params, request } = event;
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, clusterLinksSchema, (choice) =>
			addClusterLinks(getDb(), user.id, params.id, choice)
		);
		return result.ok ? { linksMade: result.value.length } : result.failure;
	},
	panel: async (event) => {
		const parsed = parseForm(panelFormSchema, await readForm(event.request), event.locals.locale);
		if (!parsed.ok) return parsed.failure;
		return save(event, {}, (db, access, actorId) => setPanel(db, access, actorId, parsed.data.panel));
	}
};
