import { tokenize } from './client/expressions.js';
import type { CustomQuestion, LocalisedText } from './custom-question';

const EXPRESSION_FIELDS = [
	'relevant',
	'constraint',
	'requiredIf',
	'calculation',
	'choiceFilter',
	'repeatCount'
] as const;

/** An expression with `${from}` read as `${to}`; a name inside a string or a longer name is left as it is. */
function renameInExpression(expression: string, from: string, to: string): string {
	const tokenized = tokenize(expression);
	if (!tokenized.ok) return expression;
	let written = '';
	let at = 0;
	for (const token of tokenized.tokens) {
		if (token.kind !== 'reference' || token.text !== from) continue;
		written += `${expression.slice(at, token.start)}\${${to}}`;
		at = token.end;
	}
	return written + expression.slice(at);
}

function renameInText(text: LocalisedText, from: string, to: string): LocalisedText {
	// Codes are letters, digits and _: nothing in them needs escaping.
	const reference = new RegExp(`\\$\\{\\s*${from}\\s*\\}`, 'g');
	return Object.fromEntries(
		Object.entries(text).map(([language, value]) => [language, value?.replace(reference, `\${${to}}`)])
	);
}

/** The question with every rule, expression and text that named `from` naming `to` (a question renamed). */
export function renameReferences(question: CustomQuestion, from: string, to: string): CustomQuestion {
	if (from === to) return question;
	const renamed: CustomQuestion = {
		...question,
		label: renameInText(question.label, from, to),
		hint: renameInText(question.hint, from, to)
	};
	if (question.showIf?.question === from) renamed.showIf = { ...question.showIf, question: to };
	if (question.repeat === from) renamed.repeat = to;
	for (const field of EXPRESSION_FIELDS) {
		const text = question[field];
		if (text !== undefined) renamed[field] = renameInExpression(text, from, to);
	}
	return JSON.stringify(renamed) === JSON.stringify(question) ? question : renamed;
}
