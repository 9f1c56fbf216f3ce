import { getDb } from '../db';
import { describeFailure } from '../describe-failure';
import { sendSurvey } from './send';

/** What `npm start`'s server hands over for `POST /s/{token}/send`, when no one is signed in. */
export interface FastSendRequest {
	token: string;
	language: string | null;
	acceptLanguage: string | null;
	/** The form, as `application/x-www-form-urlencoded` text. */
	body: string;
	address: string;
}

export type FastSendAnswer = { status: 303 | 307; location: string };

/** Where scripts/start.js finds the function: it is registered when the app starts, from its own bundle. */
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

export function registerFastSend(): void {
	(globalThis as Record<symbol, unknown>)[FAST_SEND] = sendSurveyFast;
}
