import { getTextDirection, type CoreLanguage } from '$lib/core-module';
import { findFirstPage } from '$lib/survey/flow';
import type { RespondentView, SurveyState, SurveyView, ViewBase } from '$lib/respondents/types';
import { listSurveyFields } from '$lib/survey/fields';
import { planPages, listShownPages } from '$lib/survey/pages';
import type { CustomQuestion } from '$lib/survey/custom-question';
import { listReferencedNames } from '$lib/survey/label-references';
import { listOfferedOptions, makeScope, readNow } from '$lib/survey/question-rules';
import { assessAnswers } from '$lib/survey/response';
import type { CollectTarget } from '../responses/target';
import type { User } from '../users/user';

export function describeSurvey(
	target: CollectTarget,
	language: CoreLanguage,
	actor: User | null
): Omit<SurveyView, 'state'> {
	const { version, link } = target;
	const fields = listSurveyFields(language, version.slots, [...version.definition.customQuestions], link.mode);
	const byId = new Map(fields.map((field) => [field.id, field]));
	const pages = planPages(new Set(byId.keys()), version.definition.customQuestions).map((page) =>
		page.map((id) => byId.get(id)!)
	);
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
	const { asked, values } = assessAnswers(definition, state.answers);
	const page = state.page < 0 ? findFirstPage(definition, ids) : state.page;
	const offered = listOffered(definition.customQuestions, values);
	const fills = listFills(view.pages, values);
	return {
		...state,
		page,
		asked: [...asked],
		shownPages: listShownPages(ids, asked),
		...(offered && { offered }),
		...(fills && { fills }),
		notice: null
	};
}

/** The answers the questions' texts name, as text: a list of codes apart by spaces, as XLSForm writes it. */
function listFills(
	pages: SurveyView['pages'],
	values: Readonly<Record<string, unknown>>
): Record<string, string> | undefined {
	const names = listReferencedNames(pages.flat().flatMap((field) => [field.text, field.hint]));
	if (names.size === 0) return undefined;
	return Object.fromEntries(
		[...names].flatMap((name) => {
			const value = Object.hasOwn(values, name) ? values[name] : undefined;
			if (value === undefined || value === null) return [];
			return [[name, Array.isArray(value) ? value.join(' ') : String(value)]];
		})
	);
}

/** Without script the server decides the choices a filter leaves, from the answers sent so far. */
function listOffered(
	questions: readonly CustomQuestion[],
	values: Readonly<Record<string, unknown>>
): Record<string, string[]> | undefined {
	const filtered = questions.filter((question) => question.choiceFilter !== undefined);
	if (filtered.length === 0) return undefined;
	const scope = makeScope(values, readNow());
	return Object.fromEntries(
		filtered.map((question) => [question.code, listOfferedOptions(question, scope).map((option) => option.code)])
	);
}
