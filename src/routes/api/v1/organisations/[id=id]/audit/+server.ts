import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, parseApiInput, withApiUser } from '$lib/server/http/api';
import { auditQuerySchema } from '$lib/server/sharing/schema';
import { listAuditEvents } from '$lib/server/sharing/service';

/** The organisation's audit events, newest first, a page at a time (`?limit=&cursor=`; owners). */
export const GET: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) => {
		const page = parseApiInput(auditQuerySchema, Object.fromEntries(url.searchParams), locals.locale);
		if (!page.ok) return page.response;
		return json(await listAuditEvents(getDb(), user.id, params.id, page.data));
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
