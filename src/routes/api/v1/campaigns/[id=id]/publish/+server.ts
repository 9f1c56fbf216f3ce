import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { apiError, withApiUser } from '$lib/server/http/api';
import { publishSurvey } from '$lib/server/surveys/service';

export const POST: RequestHandler = ({ locals, params, url }) =>
	withApiUser(locals, async (user) => {
		const { version, links } = await publishSurvey(getDb(), user.id, params.id);
		return json({
			version,
			links: links.map(({ wave, group, mode, token, clusterCode }) => ({
				wave,
				group,
				mode,
				token,
				cluster: clusterCode,
				url: `${url.origin}/s/${token}`
			}))
		});
	});

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
