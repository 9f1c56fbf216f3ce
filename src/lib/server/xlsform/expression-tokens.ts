/** Longer than any condition a form needs (pyxform's own samples stay under 500); refused beyond. */
export const MOST_EXPRESSION_LENGTH = 10_000;
/** Parentheses, calls and signs nested deeper are refused: a form needs a handful; the parser recurses once per level. */
export const MOST_EXPRESSION_DEPTH = 100;

export type TokenKind =
	| 'reference'
	| 'string'
	| 'number'
	| 'name'
	| 'operator'
	| 'open'
	| 'close'
	| 'comma'
	| 'self'
	/** Anything else XPath has (paths, predicates, `..`, `@`) or nothing can read: no condition we take holds it. */
	| 'other';

export interface Token {
	kind: TokenKind;
	/** A reference's name, a string's content, an operator, a name or a number as written. */
	text: string;
	/** Where it is in the expression, for the source of a part. */
	start: number;
	end: number;
}

export type Tokenized = { ok: true; tokens: Token[] } | { ok: false; error: 'too_long' | 'too_deep' };

const SPACE = /\s+/y;
const REFERENCE = /\$\{\s*([^}\s]+)\s*\}/y;
const NUMBER = /\d+(?:\.\d+)?|\.\d+/y;
const NAME = /[A-Za-z_][\w.:-]*/y;
const OPERATOR = /!=|<=|>=|[=<>+*|/-]/y;
const PUNCTUATION: Record<string, TokenKind> = { '(': 'open', ')': 'close', ',': 'comma' };

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
	pattern.lastIndex = at;
	return pattern.exec(text);
}

/**
 * Reads an XLSForm expression into tokens in one pass; each pattern is anchored where the last token ended, so the
 * work is linear in the length. Refused when longer than MOST_EXPRESSION_LENGTH or when its parentheses nest
 * deeper than MOST_EXPRESSION_DEPTH.
 */
export function tokenize(expression: string): Tokenized {
	if (expression.length > MOST_EXPRESSION_LENGTH) return { ok: false, error: 'too_long' };
	const tokens: Token[] = [];
	let depth = 0;
	let at = 0;
	const push = (kind: TokenKind, text: string, length: number) => {
		tokens.push({ kind, text, start: at, end: at + length });
		at += length;
	};
	while (at < expression.length) {
		const char = expression[at];
		let match: RegExpExecArray | null;
		if ((match = matchAt(SPACE, expression, at))) at += match[0].length;
		else if (char === "'" || char === '"') {
			const close = expression.indexOf(char, at + 1);
			if (close < 0) push('other', expression.slice(at), expression.length - at);
			else push('string', expression.slice(at + 1, close), close + 1 - at);
		} else if (char === '$') {
			match = matchAt(REFERENCE, expression, at);
			push(match ? 'reference' : 'other', match ? match[1] : char, match ? match[0].length : 1);
		} else if ((match = matchAt(NUMBER, expression, at))) push('number', match[0], match[0].length);
		else if (char === '.') push(expression[at + 1] === '.' ? 'other' : 'self', '.', expression[at + 1] === '.' ? 2 : 1);
		else if ((match = matchAt(NAME, expression, at))) push('name', match[0], match[0].length);
		else if ((match = matchAt(OPERATOR, expression, at))) push('operator', match[0], match[0].length);
		else if (Object.hasOwn(PUNCTUATION, char)) {
			depth += char === '(' ? 1 : char === ')' ? -1 : 0;
			if (depth > MOST_EXPRESSION_DEPTH) return { ok: false, error: 'too_deep' };
			push(PUNCTUATION[char], char, 1);
		} else push('other', char, 1);
	}
	return { ok: true, tokens };
}
