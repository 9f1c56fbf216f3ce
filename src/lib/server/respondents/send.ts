import type { Kysely } from 'kysely';
import type { Words } from '$lib/survey/words';
import { readFormAnswers } from '$lib/survey/form-answers';
import { keepAskedAnswers, validateResponse } from '$lib/survey/response';
import { isDatabaseUnavailable } from '../db/errors';
import type { Database } from '../db/schema';
import { isDomainError } from '../errors';
import { describeLinkState, findCollectTarget, type CollectTarget } from '../responses/target';
import { checkCollector } from './access';
import { FORM_CLIENT_ID, readStartedAt, readText, readVersion, type PostedForm } from './posted-form';
import { acceptFormSubmission, checkInterviewChoice, readInterviewChoice } from './submission-design';
import { chooseLanguage, guessLanguage, type Visit } from './visit';

/** `done`: stored, on to the thank-you page (303); `again`: back to the survey's own page, with the same form (307). */
export type SendOutcome = { kind: 'done' | 'again'; location: string };

/**
 * The last page of a survey sent: the whole response checked and stored, and the way to the thank-you page.
 * This is the one request of every respondent that writes, so it does only that. Anything else (a problem
 * with an answer, a survey that ended, a link not open, a sign-in needed, too many answers from one address)
 * goes back to the survey's page with the same form, where the server says what is wrong as it always does;
 * so does a database out of reach. The address is null when the request does not carry the one the proxy should
 * have given it.
 */
export async function sendSurvey(
	db: Kysely<Database>,
	visit: Visit,
	form: PostedForm,
	address: string | null
): Promise<SendOutcome> {
	const again: SendOutcome = {
		kind: 'again',
		location: `/s/${visit.token}${visit.language ? `?lang=${encodeURIComponent(visit.language)}` : ''}`
	};
	try {
		return await storeSent(db, visit, form, address, again);
	} catch (error) {
		// The database out of reach: the survey's page tries once more, and says the answers were not saved if it cannot.
		if (isDatabaseUnavailable(error)) return again;
		throw error;
	}
}

async function storeSent(
	db: Kysely<Database>,
	visit: Visit,
	form: PostedForm,
	address: string | null,
	again: SendOutcome
): Promise<SendOutcome> {
	let target: CollectTarget;
	try {
		target = await findCollectTarget(db, visit.token, readVersion(form));
	} catch (error) {
		if (isDomainError(error)) return again;
		throw error;
	}
	const chosen = chooseLanguage(target, visit);
	const clientId = readText(form, '_client', FORM_CLIENT_ID);
	if (!chosen.chosen || !clientId || !describeLinkState(target, visit.now).open) return again;
	const access = await checkCollector(db, target, visit.actor);
	if (!access.allowed) return again;
	const definition = target.version.definition;
	const { answers, assessment } = keepAskedAnswers(definition, readFormAnswers(form, definition));
	const validation = validateResponse(definition, answers, { assessment });
	if (!validation.ok || validation.outcome !== 'complete') return again;
	// An interview's cluster and panel code: one the design refuses goes back to the page, which says why.
	const checked =
		target.link.mode === 'enumerator' ? await checkInterviewChoice(db, target, readInterviewChoice(form)) : undefined;
	if (checked && !checked.ok) return again;
	const submission = {
		clientId,
		language: chosen.language,
		startedAt: readStartedAt(form, visit.now),
		submittedAt: visit.now.toISOString(),
		outcome: 'complete' as const,
		core: validation.core,
		custom: validation.custom,
		design: checked?.design
	};
	// Refused for its address (unknown, or flooding the link) or not stored: the survey's page says why.
	const accepted = await acceptFormSubmission(db, {
		target,
		submission,
		channel: 'form',
		collectorId: access.collectorId,
		address,
		now: visit.now
	});
	if (accepted.kind !== 'stored') return again;
	return {
		kind: 'done',
		location: `/s/${target.link.token}/done?lang=${chosen.language}&outcome=${accepted.stored.outcome}`
	};
}

/**
 * The language to refuse a last page in when it is too large to be read: the one the survey's page would speak for
 * this visit, or, when the survey cannot be found, the one asked for or the browser's.
 */
export async function chooseRefusalLanguage(
	db: Kysely<Database>,
	visit: Pick<Visit, 'token' | 'language' | 'acceptLanguage'>
): Promise<Words> {
	try {
		const target = await findCollectTarget(db, visit.token, null);
		return target.version.words[chooseLanguage(target, visit).language];
	} catch (error) {
		// A link that does not exist, or a database out of reach: the page is said all the same.
		if (isDomainError(error) || isDatabaseUnavailable(error)) return guessLanguage(visit);
		throw error;
	}
}
