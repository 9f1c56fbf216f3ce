import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { isDatabaseReachable } from '$lib/server/db/health';

/** For load balancers and monitors: 200 while the database answers, 503 otherwise; never cached. */
export const GET: RequestHandler = async () => {
	const up = await isDatabaseReachable(getDb());
	return json(
		{ status: up ? 'ok' : 'unavailable' },
		{ status: up ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
