import type { RequestHandler } from './$types';
import { apiError } from '$lib/server/http/api';

const notFound: RequestHandler = ({ locals }) => apiError(locals.locale, 'not_found', 'errors.page_not_found', 404);

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
