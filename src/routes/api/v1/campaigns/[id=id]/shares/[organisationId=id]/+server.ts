import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, withApiUser } from '$lib/server/http/api';
import { revokeShare } from '$lib/server/sharing/service';

/** Takes the share back (owners): the donor's members no longer see the campaign. */
export const DELETE: RequestHandler = ({ locals, params }) =>
	withApiUser(locals, async (user) => {
		await revokeShare(getDb(), user.id, params.id, params.organisationId);
		return new Response(null, { status: 204 });
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
