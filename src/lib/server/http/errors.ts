import { error, isHttpError, isRedirect, json } from '@sveltejs/kit';
import { describeFailure } from '../describe-failure';
import { asDomainError } from '../errors';
import { isBodyTooLarge } from './body';
import { localiseMessage } from './messages';

/** For load functions: an expected failure (the database out of reach too) becomes an error page with its status and translated message. */
export async function orErrorPage<T>(locale: string, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (caught) {
		const expected = asDomainError(caught);
		if (expected) error(expected.status, localiseMessage(locale, expected.messageKey, expected.params));
		throw caught;
	}
}

/** For API endpoints: the same as JSON `{ error: { code, message } }`, and a JSON 500 for anything unexpected. */
export async function orJsonError(locale: string, run: () => Promise<Response>): Promise<Response> {
	try {
		return await run();
	} catch (caught) {
		return toJsonError(locale, caught);
	}
}

/** What orJsonError answers for a failure caught elsewhere; SvelteKit's own errors and redirects are thrown on. */
export function toJsonError(locale: string, caught: unknown): Response {
	const expected = asDomainError(caught);
	if (expected) {
		const message = localiseMessage(locale, expected.messageKey, expected.params);
		const fields = expected.field ? { fields: { [expected.field]: message } } : {};
		return json({ error: { code: expected.code, message, ...fields } }, { status: expected.status });
	}
	if (isHttpError(caught) || isRedirect(caught)) throw caught;
	if (isBodyTooLarge(caught))
		return json(
			{ error: { code: 'too_large', message: localiseMessage(locale, 'errors.body_too_large') } },
			{ status: 413 }
		);
	const id = crypto.randomUUID();
	console.error(`error ${id}: API request failed (${describeFailure(caught)})`);
	return json(
		{ error: { code: 'internal', message: localiseMessage(locale, 'errors.internal'), id } },
		{ status: 500 }
	);
}
