import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { isSetupNeeded } from '$lib/server/users/service';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user && (await isSetupNeeded(getDb()))) redirect(303, '/setup');
	return {};
};
