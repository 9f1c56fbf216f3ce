import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, withApiUser } from '$lib/server/http/api';
import { listOrganisationsOfUser } from '$lib/server/organisations/service';

/** The caller's organisations, with their ids, types and the caller's role in each. */
export const GET: RequestHandler = ({ locals }) =>
	withApiUser(locals, async (user) => {
		const organisations = await listOrganisationsOfUser(getDb(), user.id);
		return json({ organisations: organisations.map(({ id, name, type, role }) => ({ id, name, type, role })) });
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
