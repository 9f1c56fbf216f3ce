import { getDb } from '../db';
import { describeFailure } from '../describe-failure';
import type { FastSendAnswer, FastSendRequest, FastSendVisit } from '../respondents/fast-path';
import { chooseRefusalLanguage, sendSurvey } from '../respondents/send';
import { guessLanguage } from '../respondents/visit';
import { renderTooLargePage } from './too-large-page';

/** A survey's last page, sent to `npm start`'s server by someone not signed in: see respondents/fast-path.ts. */
export async function sendSurveyFast(request: FastSendRequest): Promise<FastSendAnswer> {
	try {
		const outcome = await sendSurvey(
			getDb(),
			{
				token: request.token,
				language: request.language,
				acceptLanguage: request.acceptLanguage,
				actor: null,
				now: new Date()
			},
			new URLSearchParams(request.body),
			request.address
		);
		return { status: outcome.kind === 'done' ? 303 : 307, location: outcome.location };
	} catch (error) {
		// The survey's page, with the same form, says what the respondent can do, in their language.
		console.error(`error ${crypto.randomUUID()}: POST /s/[token]/send failed (${describeFailure(error)})`);
		return {
			status: 307,
			location: `/s/${request.token}${request.language ? `?lang=${encodeURIComponent(request.language)}` : ''}`
		};
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
