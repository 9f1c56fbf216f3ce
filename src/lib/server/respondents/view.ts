import { getTextDirection, type CoreLanguage } from '$lib/core-module';
import { findFirstPage, type FormAnswers } from '$lib/survey/flow';
import { listSurveyFields, type SurveyField } from '$lib/survey/fields';
import { planPages, listShownPages } from '$lib/survey/pages';
import { assessAnswers, type ResponseProblem } from '$lib/survey/response';
import type { CollectTarget } from '../responses/target';
import type { User } from '../users/user';

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
export interface ViewBase {
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

export function describeSurvey(target: CollectTarget, language: CoreLanguage, actor: User | null): Omit<SurveyView, 'state'> {
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

export function describeTop(target: CollectTarget, language: CoreLanguage): ViewBase {
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
export function describeState(
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
