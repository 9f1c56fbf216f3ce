import type { CustomQuestion } from './custom-question';

/** The keys of the interface's names for a question's expressions, in the order a question is read. */
export type ExpressionLabel =
	| 'question.calculation'
	| 'question.relevant'
	| 'question.choice_filter'
	| 'question.required_if'
	| 'question.constraint'
	| 'question.page';

/** A question's expressions (and page) as pages list them, each with the key of its name: those it has. */
export function listExpressions(question: CustomQuestion): [ExpressionLabel, string][] {
	const all: [ExpressionLabel, string | undefined][] = [
		['question.calculation', question.calculation],
		['question.relevant', question.relevant],
		['question.choice_filter', question.choiceFilter],
		['question.required_if', question.requiredIf],
		['question.constraint', question.constraint],
		['question.page', question.page]
	];
	return all.filter((entry): entry is [ExpressionLabel, string] => entry[1] !== undefined && entry[1] !== '');
}
