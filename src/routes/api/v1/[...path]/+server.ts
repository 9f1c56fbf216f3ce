import type { RequestHandler } from './$types';
import { apiError } from '$lib/server/http/api';

export const fallback: RequestHandler = ({ locals }) =>
	apiError(locals.locale, 'not_found', 'errors.page_not_found', 404);
