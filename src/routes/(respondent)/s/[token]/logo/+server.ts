import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getLinkLogo } from '$lib/server/campaigns/logo';
import { getDb } from '$lib/server/db';

/** The campaign's logo on its respondents' pages: its address changes with it, so phones keep it a year. */
export const GET: RequestHandler = async ({ params }) => {
	const logo = await getLinkLogo(getDb(), params.token);
	if (!logo) error(404, 'Not found');
	return new Response(logo.bytes.slice(), {
		headers: {
			'content-type': logo.contentType,
			'content-length': String(logo.bytes.length),
			'cache-control': 'public, max-age=31536000, immutable',
			'cross-origin-resource-policy': 'same-origin'
		}
	});
};
