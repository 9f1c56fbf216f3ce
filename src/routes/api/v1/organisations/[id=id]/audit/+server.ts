import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, withApiUser } from '$lib/server/http/api';
import { listAuditEvents } from '$lib/server/sharing/service';

/** The organisation's audit events, newest first (owners). */
export const GET: RequestHandler = ({ locals, params }) =>
	withApiUser(locals, async (user) => json({ events: await listAuditEvents(getDb(), user.id, params.id) }));

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
