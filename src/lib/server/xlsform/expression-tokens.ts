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

const PUNCTUATION: Record<string, TokenKind> = { '(': 'open', ')': 'close', ',': 'comma' };
const SINGLE_OPERATORS = new Set(['=', '<', '>', '+', '-', '*', '|', '/']);

function isSpace(char: string): boolean {
	return char === ' ' || char === '\t' || char === '\n' || char === '\r' || (char > '~' && /\s/.test(char));
}

function isDigit(char: string | undefined): boolean {
	return char !== undefined && char >= '0' && char <= '9';
}

function isNameStart(char: string): boolean {
	return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_';
}

function isNamePart(char: string): boolean {
	return isNameStart(char) || isDigit(char) || char === '.' || char === ':' || char === '-';
}

/** The name and end of `${name}` starting at `at`, spaces allowed inside the braces; null when there is none. */
function scanReference(text: string, at: number): { name: string; end: number } | null {
	if (text[at + 1] !== '{') return null;
	let i = at + 2;
	while (i < text.length && isSpace(text[i])) i++;
	const start = i;
	while (i < text.length && text[i] !== '}' && !isSpace(text[i])) i++;
	const name = text.slice(start, i);
	while (i < text.length && isSpace(text[i])) i++;
	return name !== '' && text[i] === '}' ? { name, end: i + 1 } : null;
}

/** `12`, `1.5` or `.5`, starting at `at`; the end, or `at` when there is no number. */
function scanNumber(text: string, at: number): number {
	let i = at;
	while (isDigit(text[i])) i++;
	if (text[i] === '.' && isDigit(text[i + 1])) {
		i++;
		while (isDigit(text[i])) i++;
	}
	return i;
}

/**
 * Reads an XLSForm expression into tokens in one pass, looking at each character a bounded number of times, so
 * the work is linear in the length. Refused when longer than MOST_EXPRESSION_LENGTH or when its parentheses nest
 * deeper than MOST_EXPRESSION_DEPTH.
 */
export function tokenize(expression: string): Tokenized {
	if (expression.length > MOST_EXPRESSION_LENGTH) return { ok: false, error: 'too_long' };
	const tokens: Token[] = [];
	let depth = 0;
	let at = 0;
	const push = (kind: TokenKind, text: string, end: number) => {
		tokens.push({ kind, text, start: at, end });
		at = end;
	};
	while (at < expression.length) {
		const char = expression[at];
		const next = expression[at + 1];
		if (isSpace(char)) at++;
		else if (char === "'" || char === '"') {
			const close = expression.indexOf(char, at + 1);
			if (close < 0) push('other', expression.slice(at), expression.length);
			else push('string', expression.slice(at + 1, close), close + 1);
		} else if (char === '$') {
			const reference = scanReference(expression, at);
			if (reference) push('reference', reference.name, reference.end);
			else push('other', char, at + 1);
		} else if (isDigit(char) || (char === '.' && isDigit(next))) {
			const end = scanNumber(expression, char === '.' ? at + 1 : at);
			push('number', expression.slice(at, end), end);
		} else if (char === '.') push(next === '.' ? 'other' : 'self', '.', next === '.' ? at + 2 : at + 1);
		else if (isNameStart(char)) {
			let end = at + 1;
			while (end < expression.length && isNamePart(expression[end])) end++;
			push('name', expression.slice(at, end), end);
		} else if ((char === '!' || char === '<' || char === '>') && next === '=') push('operator', char + next, at + 2);
		else if (SINGLE_OPERATORS.has(char)) push('operator', char, at + 1);
		else if (Object.hasOwn(PUNCTUATION, char)) {
			depth += char === '(' ? 1 : char === ')' ? -1 : 0;
			if (depth > MOST_EXPRESSION_DEPTH) return { ok: false, error: 'too_deep' };
			push(PUNCTUATION[char], char, at + 1);
		} else push('other', char, at + 1);
	}
	return { ok: true, tokens };
}
