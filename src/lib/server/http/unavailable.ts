import { error, type RequestEvent } from '@sveltejs/kit';
import { apiError } from './api';
import { localiseMessage } from './messages';

/**
 * A request the database could not serve before any route ran (its session or token unread): a 503, as
 * JSON on the API, the error page elsewhere, in the user's language.
 */
export function answerUnavailable(event: RequestEvent): Response {
	const { locale } = event.locals;
	if (event.url.pathname.startsWith('/api/'))
		return apiError(locale, 'unavailable', 'errors.database_unavailable', 503);
	error(503, { message: localiseMessage(locale, 'errors.database_unavailable'), code: 'unavailable' });
}

/**
 * SvelteKit answers every failure it did not expect with a 500, and its error hook cannot change that: a
 * page or endpoint the database failed (noted by that hook) gets its 503, the page as it was made.
 */
export function keepUnavailableStatus(event: RequestEvent, response: Response): Response {
	if (!event.locals.unavailable || response.status !== 500) return response;
	return new Response(response.body, { status: 503, statusText: 'Service Unavailable', headers: response.headers });
}
