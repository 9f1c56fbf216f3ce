import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { getAuditLog } from '$lib/server/sharing/service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	return orErrorPage(locals.locale, () => getAuditLog(getDb(), user.id, params.id));
};
