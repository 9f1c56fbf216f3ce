import { json } from '@sveltejs/kit';
import { CORE_LANGUAGES } from '$lib/core-module';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { negotiateLanguage } from '../i18n/catalogues';
import { collectResponse } from '../respondents/collect';
import { readUsualCollectInput } from '../responses/collect-input';
import { collectInputSchema } from '../responses/schema';
import type { User } from '../users/user';
import { answersProblemResponse, apiError, parseApiInput } from './api';
import type { TextRead } from './body';
import { toJsonError } from './errors';

/** `POST /api/v1/collect/{token}/responses`, as the route and `npm start`'s fast path both receive it. */
export interface CollectApiRequest {
	token: string;
	/** The language of the user's messages (locals.locale). */
	locale: string;
	acceptLanguage: string | null;
	contentType: string | null;
	user: User | null;
	readBody: () => Promise<TextRead>;
	/** Read only when needed: an address that cannot be read is told to the operator. */
	readAddress: () => string | null;
}

/**
 * A response stored (201) or stored before (200), with its JSON body, left for the caller to send (the fast path
 * sends it without making a Response); anything else as the Response to send.
 */
export type CollectApiAnswer =
	| { kind: 'stored'; status: 200 | 201; body: { id: string | null; outcome: string; duplicate?: true } }
	| { kind: 'refused'; response: Response };

/** One response to a collection link, from the enumerators' offline queue or another tool; idempotent by `clientId`. */
export async function answerCollectRequest(
	db: Kysely<Database>,
	request: CollectApiRequest
): Promise<CollectApiAnswer> {
	try {
		return await collect(db, request);
	} catch (caught) {
		return { kind: 'refused', response: toJsonError(request.locale, caught) };
	}
}

export function toCollectResponse(answer: CollectApiAnswer): Response {
	return answer.kind === 'stored' ? json(answer.body, { status: answer.status }) : answer.response;
}

async function collect(db: Kysely<Database>, request: CollectApiRequest): Promise<CollectApiAnswer> {
	const { locale } = request;
	const refuse = (response: Response): CollectApiAnswer => ({ kind: 'refused', response });
	if (!/^application\/json\b/i.test(request.contentType ?? '')) {
		return refuse(apiError(locale, 'unsupported_media_type', 'errors.json_required', 415));
	}
	const read = await request.readBody();
	if (!read.ok && read.reason === 'too_large')
		return refuse(apiError(locale, 'too_large', 'errors.body_too_large', 413));
	const body = read.ok ? parseJson(read.text) : undefined;
	if (body === undefined) return refuse(apiError(locale, 'bad_request', 'errors.invalid_json', 400));
	const usual = readUsualCollectInput(body);
	const parsed = usual ? { ok: true as const, data: usual } : parseApiInput(collectInputSchema, body, locale);
	if (!parsed.ok) return refuse(parsed.response);
	const result = await collectResponse(db, request.token, parsed.data, request.user, request.readAddress());
	// The answers' problems in the language asked for, any of the five a survey speaks (the queue asks for its interview's).
	const language = negotiateLanguage(request.acceptLanguage, CORE_LANGUAGES) ?? locale;
	if (!result.ok) return refuse(answersProblemResponse(language, result.problems));
	const { id, outcome, duplicate } = result.stored;
	return duplicate
		? { kind: 'stored', status: 200, body: { id, outcome, duplicate: true } }
		: { kind: 'stored', status: 201, body: { id, outcome } };
}

/** The JSON value, or undefined when the text is not JSON (no JSON text stands for undefined). */
function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}
