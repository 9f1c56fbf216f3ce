import type { Kysely } from 'kysely';
import { advance, type Navigation } from '$lib/survey/flow';
import { readFormAnswers } from '$lib/survey/form-answers';
import { generateId } from '../crypto';
import { readAgainIfUnavailable } from '../db/errors';
import type { Database } from '../db/schema';
import { checkCollector } from './access';
import { FORM_CLIENT_ID, readStartedAt, readText, readVersion } from './posted-form';
import type { RespondentView, SurveyNotice } from '$lib/respondents/types';
import { describeInterviewDesign } from './interview-design';
import { describeTargetAudio } from './audio';
import { acceptFormSubmission, checkInterviewChoice, readInterviewChoice } from './submission-design';
import { describeState, describeSurvey, describeTop } from './view';
import { chooseLanguage, findOpenTarget, type Visit } from './visit';

export type PageOutcome =
	{ kind: 'page'; status: 200 | 400 | 401 | 429 | 503; view: RespondentView } | { kind: 'redirect'; location: string };

const NOTICE_STATUS = {
	no_address: 400,
	too_many: 429,
	not_saved: 503,
	cluster_unknown: 400,
	panel_code_invalid: 400,
	panel_code_taken: 400,
	panel_off: 400
} as const;

/**
 * A page of the survey sent (POST): the next page, the same page with its problems, or, at the end, the
 * response stored and the way to the thank-you page (or the same page, answers kept, when the database
 * could not store it). The version is the one the form was made from. The address is null when the request
 * does not carry the one the proxy should have given it: a respondent's answers, counted against it, are then
 * kept on the page with a notice (an enumerator's are not counted).
 */
export async function answerSurvey(
	db: Kysely<Database>,
	visit: Visit,
	form: FormData,
	address: string | null
): Promise<PageOutcome> {
	// Read again if a connection ended as it was taken, rather than losing the page the respondent sent.
	const target = await readAgainIfUnavailable(() => findOpenTarget(db, visit, readVersion(form)));
	const chosen = chooseLanguage(target, visit);
	const access = await readAgainIfUnavailable(() => checkCollector(db, target, visit.actor));
	if (!access.allowed) {
		const signIn = { kind: 'sign_in' as const, ...describeTop(target, chosen.language), reason: access.reason };
		return { kind: 'page', status: 401, view: signIn };
	}
	const definition = target.version.definition;
	const posted = readFormAnswers(form, definition);
	const audio = await readAgainIfUnavailable(() => describeTargetAudio(db, target, chosen.language));
	const view = {
		...describeSurvey(target, chosen.language, visit.actor, posted),
		interview:
			target.link.mode === 'enumerator'
				? await readAgainIfUnavailable(() => describeInterviewDesign(db, target))
				: null,
		...(audio && { audio })
	};
	const clientId = readText(form, '_client', FORM_CLIENT_ID) ?? generateId();
	const startedAt = readStartedAt(form, visit.now);
	const nav: Navigation = form.get('_nav') === 'back' ? 'back' : 'next';
	const interview = view.interview ? readInterviewChoice(form) : undefined;
	const step = advance(
		definition,
		view.pages.map((page) => page.map((field) => field.id)),
		posted,
		{
			page: Number(form.get('_page')) || 0,
			nav
		}
	);
	if (step.kind === 'page') {
		const state = describeState(target, view, {
			clientId,
			startedAt,
			page: step.page,
			answers: step.answers,
			problems: step.problems
		});
		return {
			kind: 'page',
			status: step.problems.length > 0 ? 400 : 200,
			view: { ...view, state: { ...state, interview } }
		};
	}
	const keep = (notice: SurveyNotice): PageOutcome => {
		const kept = describeState(target, view, {
			clientId,
			startedAt,
			page: Number(form.get('_page')) || 0,
			answers: posted,
			problems: []
		});
		return { kind: 'page', status: NOTICE_STATUS[notice], view: { ...view, state: { ...kept, notice, interview } } };
	};
	const checked = interview && step.kind !== 'ended' ? await checkInterviewChoice(db, target, interview) : undefined;
	if (checked && !checked.ok) return keep(checked.notice);
	const answered =
		step.kind === 'ended'
			? { outcome: step.outcome, core: {}, custom: {} }
			: { outcome: 'complete' as const, core: step.core, custom: step.custom };
	const submission = {
		clientId,
		language: chosen.language,
		startedAt,
		submittedAt: visit.now.toISOString(),
		...answered,
		design: checked?.design
	};
	const accepted = await acceptFormSubmission(db, {
		target,
		submission,
		channel: 'form',
		collectorId: access.collectorId,
		address,
		now: visit.now
	});
	if (accepted.kind === 'design') return keep(accepted.notice);
	if (accepted.kind === 'stored') {
		return {
			kind: 'redirect',
			location: `/s/${target.link.token}/done?lang=${chosen.language}&outcome=${accepted.stored.outcome}`
		};
	}
	return keep(
		accepted.kind === 'address_unknown' ? 'no_address' : accepted.kind === 'too_many' ? 'too_many' : 'not_saved'
	);
}
