import { error, json } from '@sveltejs/kit';
import { isDomainError } from '../errors';
import { localiseMessage } from './messages';

/** For load functions: an expected failure becomes an error page with its status and translated message. */
export async function orErrorPage<T>(locale: string, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (caught) {
		if (isDomainError(caught)) error(caught.status, localiseMessage(locale, caught.messageKey, caught.params));
		throw caught;
	}
}

/** For API endpoints: the same, as JSON `{ error: { code, message } }`. */
export async function orJsonError(locale: string, run: () => Promise<Response>): Promise<Response> {
	try {
		return await run();
	} catch (caught) {
		if (isDomainError(caught)) {
			return json(
				{ error: { code: caught.code, message: localiseMessage(locale, caught.messageKey, caught.params) } },
				{ status: caught.status }
			);
		}
		throw caught;
	}
}
