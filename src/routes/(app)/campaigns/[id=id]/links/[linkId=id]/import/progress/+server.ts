import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/http/require-user';
import { PROGRESS_TOKEN, readImportProgress } from '$lib/server/imports/import-progress';

/** How far the checking of the signed-in user's upload is (`?token=` from its form): 404 when it is not under way here. */
export const GET: RequestHandler = ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	const token = url.searchParams.get('token') ?? '';
	const progress = PROGRESS_TOKEN.test(token) ? readImportProgress(user.id, token) : null;
	return json(progress ?? { error: 'not_found' }, {
		status: progress ? 200 : 404,
		headers: { 'cache-control': 'no-store' }
	});
};
