import type { CoreAnswers, Ending } from '../core-module';
import type { CustomAnswers } from './custom-answers';
import { listShownPages, placeOnPages } from './pages';
import {
	assessAnswers,
	keepAskedAnswers,
	validateResponse,
	type ResponseProblem,
	type SurveyDefinition
} from './response';

/** Answers as a form posts them: one text per field, a list for checkboxes. */
export type FormAnswers = Record<string, string | string[]>;

export type Navigation = 'next' | 'back';

export type FlowStep =
	| { kind: 'page'; page: number; answers: FormAnswers; problems: ResponseProblem[] }
	| { kind: 'ended'; outcome: Ending }
	| { kind: 'complete'; core: CoreAnswers; custom: CustomAnswers };

/**
 * What comes after a page is sent, decided on the server so that the survey works without JavaScript. Every
 * page up to the one sent is checked again (their answers travel with the form), so a page sent with all the
 * survey filled in, as a browser with JavaScript does at the end, is checked whole. Answers to questions no
 * longer asked (the respondent went back and changed an earlier answer) are dropped.
 */
export function advance(
	definition: SurveyDefinition,
	pages: readonly (readonly string[])[],
	posted: FormAnswers,
	position: { page: number; nav: Navigation }
): FlowStep {
	const { answers, assessment } = keepAskedAnswers(definition, posted);
	const shown = listShownPages(pages, assessment.asked);
	const current = Math.min(Math.max(0, position.page), pages.length - 1);

	if (position.nav === 'back') {
		const previous = shown.filter((index) => index < current).at(-1) ?? shown[0] ?? 0;
		return { kind: 'page', page: previous, answers, problems: [] };
	}

	const validation = validateResponse(definition, answers, { assessment });
	// A survey may hold thousands of questions, and a page sent empty as many problems: each found once.
	const pageOf = placeOnPages(pages);
	const problems = validation.ok ? [] : validation.problems.filter((problem) => pageOf(problem.item) <= current);
	if (problems.length > 0) {
		return { kind: 'page', page: firstPageOf(problems, pageOf), answers, problems };
	}
	if (assessment.ending !== null && assessment.endedAt !== null && pageOf(assessment.endedAt) <= current) {
		return { kind: 'ended', outcome: assessment.ending };
	}
	const next = shown.find((index) => index > current);
	if (next !== undefined) return { kind: 'page', page: next, answers, problems: [] };
	if (!validation.ok) {
		return { kind: 'page', page: firstPageOf(validation.problems, pageOf), answers, problems: validation.problems };
	}
	return { kind: 'complete', core: validation.core, custom: validation.custom };
}

/** The first page that holds one of the problems (0 when none is on a page). */
function firstPageOf(problems: readonly ResponseProblem[], pageOf: (id: string) => number): number {
	let first = Infinity;
	for (const problem of problems) first = Math.min(first, pageOf(problem.item));
	return Math.max(first, 0);
}

/** The first page a respondent sees. */
export function findFirstPage(definition: SurveyDefinition, pages: readonly (readonly string[])[]): number {
	return listShownPages(pages, assessAnswers(definition, {}).asked)[0] ?? 0;
}
