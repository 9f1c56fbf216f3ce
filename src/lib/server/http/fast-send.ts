import { getDb } from '../db';
import { describeFailure } from '../describe-failure';
import { renderTooLargePage } from '../http/too-large-page';
import { chooseRefusalLanguage, sendSurvey } from './send';
import { guessLanguage } from './survey-form';

/** Who sends a survey's last page to `npm start`'s server, when no one is signed in. */
export interface FastSendVisit {
	token: string;
	language: string | null;
	acceptLanguage: string | null;
}

/** What `npm start`'s server hands over for `POST /s/{token}/send`. */
export interface FastSendRequest extends FastSendVisit {
	/** The form, as `application/x-www-form-urlencoded` text. */
	body: string;
	/** The client's address, read by the server as the adapter does. */
	address: string;
}

export type FastSendAnswer = { status: 303 | 307; location: string } | { status: 413; page: string };

/** Where scripts/start.js finds the service: it is registered when the app starts, from its own bundle. */
export const FAST_SEND = Symbol.for('mesure.sendSurvey');

export async function sendSurveyFast(request: FastSendRequest): Promise<FastSendAnswer> {
	try {
		const outcome = await sendSurvey(
			getDb(),
			{ token: request.token, language: request.language, acceptLanguage: request.acceptLanguage, actor: null, now: new Date() },
			new URLSearchParams(request.body),
			request.address
		);
		return { status: outcome.kind === 'done' ? 303 : 307, location: outcome.location };
	} catch (error) {
		// The survey's page, with the same form, says what the respondent can do, in their language.
		console.error(`error ${crypto.randomUUID()}: POST /s/[token]/send failed (${describeFailure(error)})`);
		return { status: 307, location: `/s/${request.token}${request.language ? `?lang=${encodeURIComponent(request.language)}` : ''}` };
	}
}

/** A last page whose body is over the limit, unread: its page, in the respondent's language. */
export async function refuseTooLargeFast(visit: FastSendVisit): Promise<FastSendAnswer> {
	const language = await chooseRefusalLanguage(getDb(), visit).catch((error: unknown) => {
		console.error(`error ${crypto.randomUUID()}: POST /s/[token]/send failed (${describeFailure(error)})`);
		return guessLanguage(visit);
	});
	return { status: 413, page: renderTooLargePage(language, visit.token) };
}

export function registerFastSend(): void {
	(globalThis as Record<symbol, unknown>)[FAST_SEND] = { send: sendSurveyFast, refuseTooLarge: refuseTooLargeFast };
}
