import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { listPageQuerySchema, pageOf } from '$lib/server/cursor';
import { getDb } from '$lib/server/db';
import { apiError, parseApiInput, withApiUser } from '$lib/server/http/api';
import { listOrganisationsOfUser } from '$lib/server/organisations/service';

/** The caller's organisations, with their ids, types and the caller's role in each, a page at a time. */
export const GET: RequestHandler = ({ locals, url }) =>
	withApiUser(locals, async (user) => {
		const query = parseApiInput(listPageQuerySchema, Object.fromEntries(url.searchParams), locals.locale);
		if (!query.ok) return query.response;
		const all = await listOrganisationsOfUser(getDb(), user.id);
		const page = pageOf(all, (organisation) => [organisation.name, organisation.id], query.data);
		const organisations = page.items.map(({ id, name, type, role }) => ({ id, name, type, role }));
		return json({ organisations, nextCursor: page.nextCursor });
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
