import { tokenize } from './client/expressions.js';
import type { CustomQuestion, LocalisedText } from './custom-question';
import { EXPRESSION_FIELDS } from './expression-fields';

/** An expression with each `${name}` that `renames` holds read as its new name; a name inside a string is left as it is. */
function renameInExpression(expression: string, renames: ReadonlyMap<string, string>): string {
	const tokenized = tokenize(expression);
	if (!tokenized.ok) return expression;
	let written = '';
	let at = 0;
	for (const token of tokenized.tokens) {
		const to = token.kind === 'reference' ? renames.get(token.text) : undefined;
		if (to === undefined) continue;
		written += `${expression.slice(at, token.start)}\${${to}}`;
		at = token.end;
	}
	return written + expression.slice(at);
}

// Codes are letters, digits and _: any reference a text holds reads as this.
const TEXT_REFERENCE = /\$\{\s*([a-z][a-z0-9_]*)\s*\}/g;

function renameInText(text: LocalisedText, renames: ReadonlyMap<string, string>): LocalisedText {
	return Object.fromEntries(
		Object.entries(text).map(([language, value]) => [
			language,
			value?.replace(TEXT_REFERENCE, (reference, name: string) => {
				const to = renames.get(name);
				return to === undefined ? reference : `\${${to}}`;
			})
		])
	);
}

/** The question with every rule, expression and text that named `from` naming `to` (a question renamed). */
export function renameReferences(question: CustomQuestion, from: string, to: string): CustomQuestion {
	return from === to ? question : renameAllReferences(question, new Map([[from, to]]));
}

/**
 * The question with every name that `renames` holds renamed at once: one reading of the question however many
 * names change (a repeat group's members, each named for its instance).
 */
export function renameAllReferences(question: CustomQuestion, renames: ReadonlyMap<string, string>): CustomQuestion {
	const renamed: CustomQuestion = {
		...question,
		label: renameInText(question.label, renames),
		hint: renameInText(question.hint, renames)
	};
	const shown = question.showIf ? renames.get(question.showIf.question) : undefined;
	if (question.showIf && shown !== undefined) renamed.showIf = { ...question.showIf, question: shown };
	const group = question.repeat === undefined ? undefined : renames.get(question.repeat);
	if (group !== undefined) renamed.repeat = group;
	for (const field of EXPRESSION_FIELDS) {
		const text = question[field];
		if (text !== undefined) renamed[field] = renameInExpression(text, renames);
	}
	return JSON.stringify(renamed) === JSON.stringify(question) ? question : renamed;
}
