import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { planSample } from '$lib/indicators/plan';
import { apiError, parseApiInput } from '$lib/server/http/api';
import { sampleSizeQuerySchema } from '$lib/server/indicators/schema';

/** Respondents needed per wave and group (docs/standard.md §4.5). Open to anyone: it reads no data. */
export const GET: RequestHandler = ({ locals, url }) => {
	const given = Object.fromEntries([...url.searchParams].filter(([, value]) => value !== ''));
	const parsed = parseApiInput(sampleSizeQuerySchema, given, locals.locale);
	if (!parsed.ok) return parsed.response;
	return json(planSample(parsed.data));
};

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'method_not_allowed', 'errors.method_not_allowed', 405);
