import type { Kysely } from 'kysely';
import { CORE_LANGUAGES, getTextDirection, isCoreLanguage, type CoreLanguage, type Outcome } from '$lib/core-module';
import { advance, findFirstPage, type FormAnswers, type Navigation } from '$lib/survey/flow';
import { listSurveyFields, type SurveyField } from '$lib/survey/fields';
import { readFormAnswers } from '$lib/survey/form-answers';
import { planPages, listShownPages } from '$lib/survey/pages';
import { assessAnswers, type ResponseProblem } from '$lib/survey/response';
import { generateId } from '../crypto';
import { isDatabaseUnavailable } from '../db/errors';
import type { Database } from '../db/schema';
import { isDomainError } from '../errors';
import { negotiateLanguage } from '../i18n/catalogues';
import type { User } from '../users/user';
import { writeResponse, type Written } from './writer';
import { checkCollector, describeLinkState, findCollectTarget, type CollectTarget } from './target';

/** What a form carries from page to page besides the answers: it keeps no state on the server. */
export interface SurveyState {
	clientId: string;
	startedAt: string | null;
	page: number;
	answers: FormAnswers;
	asked: string[];
	shownPages: number[];
	problems: ResponseProblem[];
	/**
	 * Said above the form, the answers kept in it: `too_many`, the flood limit refused them; `not_saved`, the database
	 * could not store them; `no_address`, the address the proxy should give, which they are counted against, is missing.
	 */
	notice: 'too_many' | 'not_saved' | 'no_address' | null;
}

export interface SurveyView extends ViewBase {
	kind: 'survey';
	mode: 'self' | 'enumerator';
	token: string;
	version: number;
	languages: CoreLanguage[];
	/** Fields per page, before E3's messages are shuffled for the respondent. */
	pages: SurveyField[][];
	/** Who interviews, on an enumerator link: the phone's queue keeps each interview with its interviewer. */
	interviewer: { id: string; name: string } | null;
	state: SurveyState;
}

/** What every respondent's page shows at its top, in the language of the page. */
interface ViewBase {
	language: CoreLanguage;
	dir: 'ltr' | 'rtl';
	title: string;
	organisation: string;
	logo: string | null;
}

export type RespondentView =
	| SurveyView
	| (ViewBase & { kind: 'language'; mode: 'self' | 'enumerator'; languages: CoreLanguage[] })
	| (ViewBase & { kind: 'sign_in'; reason: 'sign_in' | 'not_member' });

/** A link that cannot be answered now, said in the respondent's language. */
export class ClosedLinkError extends Error {
	constructor(
		readonly status: 403 | 404 | 410,
		readonly language: CoreLanguage,
		readonly reason: 'not_found' | 'not_open' | 'closed',
		readonly opensOn: string | null = null
	) {
		super(reason);
		this.name = 'ClosedLinkError';
	}
}

export interface Visit {
	token: string;
	/** `?lang=`: the respondent's choice, when made. */
	language: string | null;
	acceptLanguage: string | null;
	actor: User | null;
	now: Date;
}

/** The survey page of a link, as a respondent opens it (GET). */
export async function openSurvey(db: Kysely<Database>, visit: Visit): Promise<RespondentView> {
	const target = await findOpenTarget(db, visit, null);
	const chosen = chooseLanguage(target, visit);
	const base = describeTop(target, chosen.language);
	const access = await checkCollector(db, target, visit.actor);
	if (!access.allowed) return { kind: 'sign_in', ...base, reason: access.reason };
	if (!chosen.chosen) return { kind: 'language', ...base, mode: target.link.mode, languages: target.version.languages };
	const view = describeSurvey(target, chosen.language, visit.actor);
	const state = describeState(target, view, { clientId: generateId(), startedAt: visit.now.toISOString(), page: -1, answers: {}, problems: [] });
	return { ...view, state };
}

export type PageOutcome =
	| { kind: 'page'; status: 200 | 400 | 401 | 429 | 503; view: RespondentView }
	| { kind: 'redirect'; location: string };

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
	const version = Number(form.get('_version'));
	const target = await findOpenTarget(db, visit, Number.isInteger(version) ? version : null);
	const chosen = chooseLanguage(target, visit);
	const access = await checkCollector(db, target, visit.actor);
	if (!access.allowed) {
		const signIn = { kind: 'sign_in' as const, ...describeTop(target, chosen.language), reason: access.reason };
		return { kind: 'page', status: 401, view: signIn };
	}
	const view = describeSurvey(target, chosen.language, visit.actor);
	const definition = target.version.definition;
	const posted = readFormAnswers(form, definition);
	const clientId = readText(form, '_client', FORM_CLIENT_ID) ?? generateId();
	const startedAt = readStartedAt(form, visit.now);
	const nav: Navigation = form.get('_nav') === 'back' ? 'back' : 'next';
	const step = advance(definition, view.pages.map((page) => page.map((field) => field.id)), posted, {
		page: Number(form.get('_page')) || 0,
		nav
	});
	if (step.kind === 'page') {
		const state = describeState(target, view, { clientId, startedAt, page: step.page, answers: step.answers, problems: step.problems });
		return { kind: 'page', status: step.problems.length > 0 ? 400 : 200, view: { ...view, state } };
	}
	const kept = () => describeState(target, view, { clientId, startedAt, page: Number(form.get('_page')) || 0, answers: posted, problems: [] });
	if (access.collectorId === null && address === null) return { kind: 'page', status: 400, view: { ...view, state: { ...kept(), notice: 'no_address' } } };
	const answered =
		step.kind === 'ended'
			? { outcome: step.outcome, core: {}, custom: {} }
			: { outcome: 'complete' as const, core: step.core, custom: step.custom };
	let written: Written;
	try {
		written = await writeResponse(db, {
			target,
			submission: { clientId, language: chosen.language, startedAt, submittedAt: visit.now.toISOString(), ...answered },
			context: { channel: 'form', collectorId: access.collectorId, now: visit.now },
			address: address ?? ''
		});
	} catch (error) {
		if (!isDatabaseUnavailable(error)) throw error;
		return { kind: 'page', status: 503, view: { ...view, state: { ...kept(), notice: 'not_saved' } } };
	}
	if ('tooMany' in written) return { kind: 'page', status: 429, view: { ...view, state: { ...kept(), notice: 'too_many' } } };
	return { kind: 'redirect', location: `/s/${target.link.token}/done?lang=${chosen.language}&outcome=${written.outcome}` };
}

/** The link, open now; anything else is said on a page of its own, in the respondent's language. */
async function findOpenTarget(db: Kysely<Database>, visit: Visit, version: number | null): Promise<CollectTarget> {
	let target: CollectTarget;
	try {
		target = await findCollectTarget(db, visit.token, version);
	} catch (error) {
		if (isDomainError(error) && error.code === 'not_found') throw new ClosedLinkError(404, guessLanguage(visit), 'not_found');
		throw error;
	}
	const state = describeLinkState(target, visit.now);
	if (!state.open) {
		const { language } = chooseLanguage(target, visit);
		throw state.reason === 'closed' ? new ClosedLinkError(410, language, 'closed') : new ClosedLinkError(403, language, 'not_open', state.opensOn);
	}
	return target;
}

/** For a link that does not exist: the language asked for, or the browser's. */
export function guessLanguage(visit: Pick<Visit, 'language' | 'acceptLanguage'>): CoreLanguage {
	if (visit.language && isCoreLanguage(visit.language)) return visit.language;
	return negotiateLanguage(visit.acceptLanguage, CORE_LANGUAGES) ?? 'en';
}

/** The language asked for, when the campaign offers it; else the browser's best, or the campaign's first. */
export function chooseLanguage(target: CollectTarget, visit: Pick<Visit, 'language' | 'acceptLanguage'>): { language: CoreLanguage; chosen: boolean } {
	const languages = target.version.languages;
	const asked = languages.find((language) => language === visit.language);
	if (asked) return { language: asked, chosen: true };
	if (languages.length === 1) return { language: languages[0], chosen: true };
	return { language: negotiateLanguage(visit.acceptLanguage, languages) ?? languages[0], chosen: false };
}

function describeSurvey(target: CollectTarget, language: CoreLanguage, actor: User | null): Omit<SurveyView, 'state'> {
	const { version, link } = target;
	const fields = listSurveyFields(language, version.slots, [...version.definition.customQuestions], link.mode);
	const byId = new Map(fields.map((field) => [field.id, field]));
	const pages = planPages(new Set(byId.keys()), version.definition.customQuestions).map((page) => page.map((id) => byId.get(id)!));
	return {
		kind: 'survey',
		...describeTop(target, language),
		mode: link.mode,
		token: link.token,
		version: version.number,
		languages: version.languages,
		pages,
		interviewer: link.mode === 'enumerator' && actor ? { id: actor.id, name: actor.name } : null
	};
}

function describeTop(target: CollectTarget, language: CoreLanguage): ViewBase {
	const stamp = target.campaign.logoUpdatedAt;
	return {
		language,
		dir: getTextDirection(language),
		title: target.campaign.title,
		organisation: target.campaign.organisationName,
		// The address changes with the logo, so that a phone may keep it as long as it likes.
		logo: stamp && `/s/${target.link.token}/logo?v=${Date.parse(stamp).toString(36)}`
	};
}

/** `page` -1 stands for the first page the survey shows. */
function describeState(
	target: CollectTarget,
	view: Omit<SurveyView, 'state'>,
	state: Pick<SurveyState, 'clientId' | 'startedAt' | 'page' | 'answers' | 'problems'>
): SurveyState {
	const ids = view.pages.map((page) => page.map((field) => field.id));
	const definition = target.version.definition;
	const asked = assessAnswers(definition, state.answers).asked;
	const page = state.page < 0 ? findFirstPage(definition, ids) : state.page;
	return { ...state, page, asked: [...asked], shownPages: listShownPages(ids, asked), notice: null };
}

/** The form's own fields, as a browser posts them (FormData) or as the server's fast path reads them. */
export type PostedForm = Pick<FormData, 'get'> & Iterable<[string, FormDataEntryValue]>;

/** The submission id the form carries: made by the server when it first showed the form, or by the enumerators' queue. */
export const FORM_CLIENT_ID = /^[a-z0-9]{8,40}$/;

export function readText(form: PostedForm, name: string, pattern: RegExp): string | null {
	const value = form.get(name);
	return typeof value === 'string' && pattern.test(value) ? value : null;
}

/** The time the form was first shown, as it carried it; unknown when it is not a time, or in the future. */
export function readStartedAt(form: PostedForm, now: Date): string | null {
	const value = Date.parse(String(form.get('_started') ?? ''));
	return Number.isFinite(value) && value <= now.getTime() ? new Date(value).toISOString() : null;
}

export interface EndView {
	language: CoreLanguage;
	dir: 'ltr' | 'rtl';
	title: string;
	outcome: Outcome;
	mode: 'self' | 'enumerator';
	/** Where an enumerator starts the next interview. */
	again: string;
}

/** The page a survey ends on: thanks, a refusal or a respondent under 15, said in the respondent's language. */
export async function describeEnd(
	db: Kysely<Database>,
	visit: Pick<Visit, 'token' | 'language' | 'acceptLanguage'>,
	outcome: string | null
): Promise<EndView> {
	let target: CollectTarget;
	try {
		target = await findCollectTarget(db, visit.token);
	} catch (error) {
		if (isDomainError(error) && error.code === 'not_found') throw new ClosedLinkError(404, guessLanguage(visit), 'not_found');
		throw error;
	}
	const { language } = chooseLanguage(target, visit);
	return {
		language,
		dir: getTextDirection(language),
		title: target.campaign.title,
		outcome: outcome === 'refused' || outcome === 'not_eligible' ? outcome : 'complete',
		mode: target.link.mode,
		again: `/s/${target.link.token}?lang=${language}`
	};
}
