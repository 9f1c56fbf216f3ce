import { parseCustomAnswer } from '$lib/survey/custom-answers';
import type { CustomQuestion } from '$lib/survey/custom-question';
import { toFormAnswer } from '$lib/survey/default-answers';

// XLSForm's `default` as a collecting app reads it. pyxform takes a default with an operator, a bracket, a
// parenthesis or a reference (`Dakar - Plateau`, `cash | mobile`) for an expression, worked out when the form opens;
// a text like that is written as one that gives the text itself, concat() of its pieces, and read back as the text.

/** Texts pyxform reads as they are: letters, digits, spaces and punctuation that is no operator. */
const PLAIN_DEFAULT = /^[\p{L}\p{M}\p{N}_ .,:;!?'"’]*$/u;

/** The default as the form states it: the answer as it is kept (`1.5` for `1,5`), as an expression where it must be. */
export function writeDefault(question: CustomQuestion, text: string): string {
	const parsed = parseCustomAnswer(question, toFormAnswer(question, text));
	const value = 'value' in parsed ? parsed.value : text;
	const kept = Array.isArray(value) ? value.join(' ') : String(value);
	const number = question.type === 'integer' || question.type === 'decimal' || question.type === 'scale_5';
	const dated = question.type === 'date' || question.type === 'datetime';
	if (number || dated || (PLAIN_DEFAULT.test(kept) && !/(^| )(div|mod)( |$)/.test(kept))) return kept;
	return writeTextExpression(kept);
}

/** An XPath expression whose value is the text: concat() of its pieces between quotes, apostrophes apart. */
function writeTextExpression(text: string): string {
	const pieces = text.split("'").flatMap((piece, index) => [...(index > 0 ? [`"'"`] : []), `'${piece}'`]);
	// concat() takes two arguments at least.
	return `concat(${[...pieces, "''"].join(', ')})`;
}

const LITERAL = /\s*('[^']*'|"[^"]*")\s*/y;

/** The text a default written as concat() of quoted texts only gives; null for any other default. */
export function readTextExpression(text: string): string | null {
	const match = /^concat\((.*)\)$/s.exec(text.trim());
	if (!match) return null;
	const inner = match[1];
	const pieces: string[] = [];
	LITERAL.lastIndex = 0;
	for (;;) {
		const literal = LITERAL.exec(inner);
		if (!literal) return null;
		pieces.push(literal[1].slice(1, -1));
		if (LITERAL.lastIndex === inner.length) return pieces.join('');
		if (inner[LITERAL.lastIndex] !== ',') return null;
		LITERAL.lastIndex++;
	}
}
