import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/http/require-user';
import { getCampaignLogo } from '$lib/server/campaigns/logo';
import { getDb } from '$lib/server/db';
import { orErrorPage } from '$lib/server/http/errors';

/** The logo as the campaign's members see it before any link exists. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const logo = await orErrorPage(locals.locale, () => getCampaignLogo(getDb(), user.id, params.id));
	if (!logo) error(404, 'Not found');
	return new Response(logo.bytes.slice(), {
		headers: { 'content-type': logo.contentType, 'cache-control': 'private, no-store' }
	});
};
