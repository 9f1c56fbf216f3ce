import { json } from '@sveltejs/kit';
import { findWords } from '$lib/survey/words';
import type { z } from 'zod';
import { isCoreLanguage } from '$lib/core-module';
import type { MessageKey } from '$lib/i18n/types';
import { describeProblem } from '$lib/survey/respondent-texts';
import { messagesFor } from '../i18n/catalogues';
import type { User } from '../users/user';
import { isBodyTooLarge } from './body';
import { orJsonError } from './errors';
import { localiseMessage } from './messages';

/** Every API failure has this shape: `{ error: { code, message } }`, the message in the caller's language. */
export function apiError(locale: string, code: string, key: MessageKey, status: number): Response {
	return json({ error: { code, message: localiseMessage(locale, key) } }, { status });
}

/** Runs an endpoint for the token's owner; no token or an unknown one gets a 401. */
export function withApiUser(locals: App.Locals, run: (user: User) => Promise<Response>): Promise<Response> {
	const user = locals.user;
	if (!user) {
		const response = apiError(locals.locale, 'unauthenticated', 'errors.api_unauthenticated', 401);
		response.headers.set('WWW-Authenticate', 'Bearer');
		return Promise.resolve(response);
	}
	return orJsonError(locals.locale, () => run(user));
}

export type ApiParsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Validates input against a schema: a 422 naming each bad field (dotted path) in the caller's language. */
export function parseApiInput<S extends z.ZodType>(schema: S, input: unknown, locale: string): ApiParsed<z.output<S>> {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	const messages = messagesFor(locale);
	const fields: Record<string, string> = {};
	for (const issue of result.error.issues) {
		const field = issue.path.length ? issue.path.join('.') : 'body';
		const key = (issue.message in messages ? issue.message : 'errors.invalid') as MessageKey;
		fields[field] ??= localiseMessage(locale, key);
	}
	const response = json(
		{ error: { code: 'invalid', message: localiseMessage(locale, 'errors.fields_invalid'), fields } },
		{ status: 422 }
	);
	return { ok: false, response };
}

/** A JSON request body, validated; a body that is not JSON gets a 400. */
export async function readJsonBody<S extends z.ZodType>(
	request: Request,
	schema: S,
	locale: string
): Promise<ApiParsed<z.output<S>>> {
	let body: unknown;
	try {
		body = await request.json();
	} catch (error) {
		if (isBodyTooLarge(error))
			return { ok: false, response: apiError(locale, 'too_large', 'errors.body_too_large', 413) };
		return { ok: false, response: apiError(locale, 'bad_request', 'errors.invalid_json', 400) };
	}
	return parseApiInput(schema, body, locale);
}

/**
 * A 422 listing every problem with the answers: a message per answer code in `fields` (as `answers.K1`),
 * and the machine-readable codes in `problems`.
 */
export function answersProblemResponse(
	locale: string,
	problems: readonly { item: string; code: string; min: number | null; max: number | null }[]
): Response {
	const language = isCoreLanguage(locale) ? locale : 'en';
	const fields = Object.fromEntries(
		problems.map((problem) => [`answers.${problem.item}`, describeProblem(findWords(language), problem.code, problem)])
	);
	return json(
		{
			error: {
				code: 'invalid',
				message: localiseMessage(locale, 'errors.answers_invalid'),
				fields,
				problems: problems.map(({ item, code }) => ({ field: `answers.${item}`, code }))
			}
		},
		{ status: 422 }
	);
}
