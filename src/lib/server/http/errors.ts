import { error, isHttpError, isRedirect, json } from '@sveltejs/kit';
import { describeFailure } from '../describe-failure';
import { isDomainError } from '../errors';
import { isBodyTooLarge } from './body';
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

/** For API endpoints: the same as JSON `{ error: { code, message } }`, and a JSON 500 for anything unexpected. */
export async function orJsonError(locale: string, run: () => Promise<Response>): Promise<Response> {
	try {
		return await run();
	} catch (caught) {
		if (isDomainError(caught)) {
			const message = localiseMessage(locale, caught.messageKey, caught.params);
			const fields = caught.field ? { fields: { [caught.field]: message } } : {};
			return json({ error: { code: caught.code, message, ...fields } }, { status: caught.status });
		}
		if (isHttpError(caught) || isRedirect(caught)) throw caught;
		if (isBodyTooLarge(caught)) return json({ error: { code: 'too_large', message: localiseMessage(locale, 'errors.body_too_large') } }, { status: 413 });
		const id = crypto.randomUUID();
		console.error(`error ${id}: API request failed (${describeFailure(caught)})`);
		return json({ error: { code: 'internal', message: localiseMessage(locale, 'errors.internal'), id } }, { status: 500 });
	}
}
