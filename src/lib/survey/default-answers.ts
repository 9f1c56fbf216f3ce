import { parseCustomAnswer } from './custom-answers';
import type { CustomQuestion, CustomQuestionType } from './custom-question';

// XLSForm's `default`: the answer a new interview starts with, as XLSForm writes it.

/** The types no default fits: those answered otherwise than with one value or a list of codes, or not at all. */
const NOT_DEFAULTABLE: ReadonlySet<CustomQuestionType> = new Set(['rank', 'note', 'calculate', 'acknowledge']);

/** A default answer as a form holds it: a list of codes for several, the text for one. */
export function toFormAnswer(question: Pick<CustomQuestion, 'type'>, text: string): string | string[] {
	return question.type === 'multiple' ? text.split(/\s+/).filter((code) => code !== '') : text;
}

/** The answers a new interview starts with: each question's default, as a form holds it. */
export function listDefaultAnswers(questions: readonly CustomQuestion[]): Record<string, string | string[]> {
	return Object.fromEntries(
		questions.flatMap((question) =>
			question.defaultAnswer === undefined ? [] : [[question.code, toFormAnswer(question, question.defaultAnswer)]]
		)
	);
}

/** Whether a default answer is one the question takes, as a respondent would send it. */
export function fitsDefault(question: CustomQuestion, text: string): boolean {
	if (NOT_DEFAULTABLE.has(question.type)) return false;
	return 'value' in parseCustomAnswer(question, toFormAnswer(question, text));
}
