import { findFirstPage } from '$lib/survey/flow';
import type { OfferedLanguage, RespondentView, SurveyState, SurveyView, ViewBase } from '$lib/respondents/types';
import { listSurveyFields, type SurveyField } from '$lib/survey/fields';
import { planPages, listShownPages } from '$lib/survey/pages';
import type { CustomQuestion } from '$lib/survey/custom-question';
import { listReferencedNames } from '$lib/survey/label-references';
import { listOfferedOptions, makeScope, readNow } from '$lib/survey/question-rules';
import { assessAnswers, expandForAnswers } from '$lib/survey/response';
import { expandRepeats } from '$lib/survey/repeats';
import type { CollectTarget } from '../responses/target';
import type { User } from '../users/user';

/** The survey's pages for these answers: a repeat group has as many instances as they say. */
export function describeSurvey(
	target: CollectTarget,
	language: string,
	actor: User | null,
	answers: Readonly<Record<string, unknown>>
): Omit<SurveyView, 'state'> {
	const { version, link } = target;
	const { customQuestions } = expandForAnswers(version.definition, answers).definition;
	const pages = describePages(language, target, customQuestions, true);
	const repeats = customQuestions
		.filter((question) => question.type === 'repeat')
		.map((group) => {
			const members = version.definition.customQuestions.filter((question) => question.repeat === group.code);
			const pattern = expandRepeats([group, ...members], () => '@');
			// The group's own question is on the survey's pages: its label names the instances.
			const pages = describePages(language, target, pattern, false)
				.map((page) => page.filter((field) => field.id !== group.code))
				.filter((page) => page.length > 0);
			return { group: group.code, pages };
		});
	return {
		kind: 'survey',
		...describeTop(target, language),
		mode: link.mode,
		token: link.token,
		version: version.number,
		languages: listOfferedLanguages(target),
		pages,
		...(repeats.length > 0 && { repeats }),
		interviewer: link.mode === 'enumerator' && actor ? { id: actor.id, name: actor.name } : null
	};
}

function describePages(
	language: string,
	{ version, link }: CollectTarget,
	customQuestions: readonly CustomQuestion[],
	withCore: boolean
): SurveyField[][] {
	const fields = listSurveyFields(version.words[language], version.slots, [...customQuestions], link.mode);
	const byId = new Map(fields.map((field) => [field.id, field]));
	const core = withCore ? new Set(byId.keys()) : new Set<string>();
	return planPages(core, customQuestions).map((page) => page.map((id) => byId.get(id)!));
}

export function describeTop(target: CollectTarget, language: string): ViewBase {
	const stamp = target.campaign.logoUpdatedAt;
	const words = target.version.words[language];
	return {
		language,
		words,
		dir: words.dir,
		title: target.campaign.title,
		organisation: target.campaign.organisationName,
		// The address changes with the logo, so that a phone may keep it as long as it likes.
		logo: stamp && `/s/${target.link.token}/logo?v=${Date.parse(stamp).toString(36)}`
	};
}

/** The link's languages, each named in itself (a language a campaign added, by its own translation of the name). */
export function listOfferedLanguages({ version }: CollectTarget): OfferedLanguage[] {
	return version.languages.map((code) => {
		const words = version.words[code];
		return { code, name: words.respondent['language.name'], dir: words.dir };
	});
}

/** `page` -1 stands for the first page the survey shows. */
export function describeState(
	target: CollectTarget,
	view: Omit<SurveyView, 'state'>,
	state: Pick<SurveyState, 'clientId' | 'startedAt' | 'page' | 'answers' | 'problems'>
): SurveyState {
	const ids = view.pages.map((page) => page.map((field) => field.id));
	const { definition } = expandForAnswers(target.version.definition, state.answers);
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
