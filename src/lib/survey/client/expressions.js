// @ts-check
// The XLSForm expressions a survey runs (relevant, constraint, required, calculation, choice_filter): read and
// evaluated by this one file on the server and, sent as it is, in a respondent's browser, so that both decide
// alike. One file, because the browser gets it with no bundler: a second would be a second request.

/** Longer than any condition a form needs (pyxform's own samples stay under 500); refused beyond. */
export const MOST_EXPRESSION_LENGTH = 10_000;
/** Parentheses, calls and signs nested deeper are refused: a form needs a handful; the parser recurses once per level. */
export const MOST_EXPRESSION_DEPTH = 100;
/** Operators in one expression at most: each is a level of the tree that reading it walks down. */
export const MOST_OPERATORS = 2000;
/** The longest text an expression makes: past it (a calculation building a text without end), the empty text. */
export const MOST_TEXT_LENGTH = 10_000;
/**
 * The work the expressions run with one scope may do (one check of a response, one pass of the page's script),
 * counted in characters of text read by functions and operators, lists joined and split (each once: they are
 * kept), and a few characters' worth for each part evaluated and each date read or written. A form's answers and
 * calculations are short, and a list named by every option of a filter is split once, so forms stay far below;
 * past it every expression gives the empty text, so that a form cannot make a check of a response take seconds by
 * naming a long text many times.
 */
export const MOST_EVALUATION_WORK = 1_000_000;
/** What evaluating any part of an expression costs besides the texts it reads, in the same units. */
const NODE_WORK = 8;
/** What reading or writing a date costs besides its text: a parse or a format, some hundred characters' worth. */
const DATE_WORK = 64;

/**
 * @typedef {'reference' | 'string' | 'number' | 'name' | 'operator' | 'open' | 'close' | 'comma' | 'self' | 'other'} TokenKind
 * `other`: anything else XPath has (paths, predicates, `..`, `@`) or nothing can read.
 * @typedef {{ kind: TokenKind, text: string, start: number, end: number }} Token
 * `text`: a reference's name, a string's content, an operator, a name or a number as written; start and end:
 * where it is in the expression.
 * @typedef {{ ok: true, tokens: Token[] } | { ok: false, error: 'too_long' | 'too_deep' }} Tokenized
 * @typedef {{ start: number, end: number } & (
 *   | { kind: 'reference', name: string }
 *   | { kind: 'string', value: string }
 *   | { kind: 'number', text: string }
 *   | { kind: 'self' }
 *   | { kind: 'path', name: string }
 *   | { kind: 'call', name: string, args: ExpressionNode[] }
 *   | { kind: 'group', inner: ExpressionNode }
 *   | { kind: 'negate', operand: ExpressionNode }
 *   | { kind: 'binary', op: string, left: ExpressionNode, right: ExpressionNode }
 * )} ExpressionNode
 * An XPath expression as XLSForm writes it; `group` keeps the parentheses.
 * @typedef {'syntax' | 'too_long' | 'too_deep'} ParseError
 * @typedef {{ ok: true, node: ExpressionNode } | { ok: false, error: ParseError }} Parsed
 */

/** @type {Record<string, TokenKind>} */
const PUNCTUATION = { '(': 'open', ')': 'close', ',': 'comma' };
const SINGLE_OPERATORS = new Set(['=', '<', '>', '+', '-', '*', '|', '/']);

/** @param {string} char */
function isSpace(char) {
	return char === ' ' || char === '\t' || char === '\n' || char === '\r' || (char > '~' && /\s/.test(char));
}

/** @param {string | undefined} char */
function isDigit(char) {
	return char !== undefined && char >= '0' && char <= '9';
}

/** @param {string} char */
function isNameStart(char) {
	return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_';
}

/** @param {string} char */
function isNamePart(char) {
	return isNameStart(char) || isDigit(char) || char === '.' || char === ':' || char === '-';
}

/** The name and end of `${name}` starting at `at`, spaces allowed inside the braces; null when there is none. @param {string} text @param {number} at */
function scanReference(text, at) {
	if (text[at + 1] !== '{') return null;
	let i = at + 2;
	while (i < text.length && isSpace(text[i])) i++;
	const start = i;
	while (i < text.length && text[i] !== '}' && !isSpace(text[i])) i++;
	const name = text.slice(start, i);
	while (i < text.length && isSpace(text[i])) i++;
	return name !== '' && text[i] === '}' ? { name, end: i + 1 } : null;
}

/** `12`, `1.5` or `.5`, starting at `at`; the end, or `at` when there is no number. @param {string} text @param {number} at */
function scanNumber(text, at) {
	let i = at;
	while (isDigit(text[i])) i++;
	if (text[i] === '.' && isDigit(text[i + 1])) {
		i++;
		while (isDigit(text[i])) i++;
	}
	return i;
}

/**
 * Reads an expression into tokens in one pass, looking at each character a bounded number of times, so the work
 * is linear in the length. Refused when longer than MOST_EXPRESSION_LENGTH or nested deeper than MOST_EXPRESSION_DEPTH.
 * @param {string} expression
 * @returns {Tokenized}
 */
export function tokenize(expression) {
	if (expression.length > MOST_EXPRESSION_LENGTH) return { ok: false, error: 'too_long' };
	/** @type {Token[]} */
	const tokens = [];
	let depth = 0;
	let at = 0;
	/** @param {TokenKind} kind @param {string} text @param {number} end */
	const push = (kind, text, end) => {
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

/** XPath 1.0's, loosest first; all of them left-associative. */
const PRECEDENCE = new Map([
	['or', 1],
	['and', 2],
	['=', 3],
	['!=', 3],
	['<', 4],
	['<=', 4],
	['>', 4],
	['>=', 4],
	['+', 5],
	['-', 5],
	['*', 6],
	['div', 6],
	['mod', 6],
	['|', 7]
]);
const WORD_OPERATORS = new Set(['or', 'and', 'div', 'mod']);

class Refusal {
	/** @param {'syntax' | 'too_deep'} error */
	constructor(error) {
		this.error = error;
	}
}

/** @param {Token | undefined} token */
function findOperator(token) {
	if (token?.kind === 'operator' && PRECEDENCE.has(token.text)) return token.text;
	return token?.kind === 'name' && WORD_OPERATORS.has(token.text) ? token.text : null;
}

/** @param {number} depth */
function enter(depth) {
	if (depth + 1 > MOST_EXPRESSION_DEPTH) throw new Refusal('too_deep');
	return depth + 1;
}

/**
 * Parses an expression in time linear in its length, by precedence climbing over its tokens; the recursion is
 * bounded by the nesting, which may not pass MOST_EXPRESSION_DEPTH (parentheses, calls and signs alike).
 * @param {string} expression
 * @returns {Parsed}
 */
export function parseExpression(expression) {
	const tokenized = tokenize(expression);
	if (!tokenized.ok) return tokenized;
	const tokens = tokenized.tokens;
	let at = 0;
	let operators = 0;

	/** @param {TokenKind} kind */
	const expect = (kind) => {
		const token = tokens[at];
		if (token?.kind !== kind) throw new Refusal('syntax');
		at++;
		return token;
	};
	/** @param {number} least @param {number} depth @returns {ExpressionNode} */
	const parseBinary = (least, depth) => {
		let left = parseUnary(depth);
		for (;;) {
			const op = findOperator(tokens[at]);
			const precedence = op === null ? 0 : /** @type {number} */ (PRECEDENCE.get(op));
			if (op === null || precedence < least) return left;
			if (++operators > MOST_OPERATORS) throw new Refusal('too_deep');
			at++;
			const right = parseBinary(precedence + 1, depth);
			left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
		}
	};
	/** @param {number} depth @returns {ExpressionNode} */
	const parseUnary = (depth) => {
		const token = tokens[at];
		if (token?.kind !== 'operator' || token.text !== '-') return parsePrimary(depth);
		at++;
		const operand = parseUnary(enter(depth));
		return { kind: 'negate', operand, start: token.start, end: operand.end };
	};
	/** @param {number} depth @returns {ExpressionNode} */
	const parsePrimary = (depth) => {
		const token = tokens[at++];
		if (token === undefined) throw new Refusal('syntax');
		const { start, end } = token;
		switch (token.kind) {
			case 'reference':
				return { kind: 'reference', name: token.text, start, end };
			case 'string':
				return { kind: 'string', value: token.text, start, end };
			case 'number':
				return { kind: 'number', text: token.text, start, end };
			case 'self':
				return { kind: 'self', start, end };
			case 'open': {
				const inner = parseBinary(1, enter(depth));
				return { kind: 'group', inner, start, end: expect('close').end };
			}
			case 'name': {
				if (tokens[at]?.kind !== 'open') return { kind: 'path', name: token.text, start, end };
				at++;
				const inside = enter(depth);
				/** @type {ExpressionNode[]} */
				const args = [];
				while (tokens[at]?.kind !== 'close') {
					if (args.length > 0) expect('comma');
					args.push(parseBinary(1, inside));
				}
				return { kind: 'call', name: token.text, args, start, end: expect('close').end };
			}
			default:
				throw new Refusal('syntax');
		}
	};

	try {
		const node = parseBinary(1, 0);
		if (at !== tokens.length) throw new Refusal('syntax');
		return { ok: true, node };
	} catch (error) {
		if (error instanceof Refusal) return { ok: false, error: error.error };
		throw error;
	}
}

/**
 * The operands of a chain of one operator, left to right, not looking inside parentheses: `a and (b and c)` gives a, (b and c).
 * @param {ExpressionNode} node @param {'and' | 'or'} op
 */
export function listOperands(node, op) {
	const operands = [];
	let current = node;
	while (current.kind === 'binary' && current.op === op) {
		operands.push(current.right);
		current = current.left;
	}
	operands.push(current);
	return operands.reverse();
}

/** The node inside any parentheses around it. @param {ExpressionNode} node */
export function unwrap(node) {
	let current = node;
	while (current.kind === 'group') current = current.inner;
	return current;
}

/**
 * @typedef {string | number | boolean} Value
 * @typedef {{
 *   read: (name: string) => string | number | readonly string[] | null | undefined,
 *   self?: string | number | readonly string[] | null,
 *   column?: (name: string) => string,
 *   today: string,
 *   now: string,
 *   work?: { spent: number }
 * }} Scope
 * `read`: an answer by question code (a question not asked has none); `self`: the answer a constraint checks;
 * `column`: a choice's column, for a choice filter; `today` (YYYY-MM-DD) and `now` (ISO 8601), both in UTC so
 * that the server and the respondent's browser agree; `work`: the characters of text spent so far, shared by the
 * expressions run with the scope and its copies (MOST_EVALUATION_WORK).
 */

const DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Lists already joined: an answer is named by many expressions, and by a filter once an option. */
const joinedLists = new WeakMap();

/**
 * An answer as XPath sees it: a list of codes as one text, codes apart by spaces; none as the empty text. A list is
 * paid for by its length when it is joined, even when it is too long to be a text.
 * @param {string | number | readonly string[] | null | undefined} answer @param {Scope['work']} work @returns {Value}
 */
function fromAnswer(answer, work) {
	if (Array.isArray(answer)) {
		const known = joinedLists.get(answer);
		if (known !== undefined) return known;
		let length = answer.length;
		for (const code of answer) length += String(code).length;
		if (work) work.spent += length;
		const text = length > MOST_TEXT_LENGTH + 1 ? '' : answer.join(' ');
		joinedLists.set(answer, text);
		return text;
	}
	if (typeof answer === 'string') return capText(answer);
	return typeof answer === 'number' || typeof answer === 'boolean' ? answer : '';
}

/** A text no longer than MOST_TEXT_LENGTH, else the empty text. @param {string} text */
function capText(text) {
	return text.length > MOST_TEXT_LENGTH ? '' : text;
}

/** A date or date and time as days since 1970-01-01, as ODK compares and subtracts them; NaN for other text. @param {string} text */
function readDays(text) {
	const match = DATE.exec(text.trim());
	if (!match) return NaN;
	const [, year, month, day, hours = '00', minutes = '00', seconds = '00', zone = 'Z'] = match;
	// A day or an hour past its range (30 February, 24:00) is no date: engines would read it each their own way.
	const lastDay = new Date(0);
	lastDay.setUTCFullYear(Number(year), Number(month), 0);
	const daysInMonth = lastDay.getUTCDate();
	if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > daysInMonth) return NaN;
	if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) >= 60) return NaN;
	const offset = zone === 'Z' || zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
	const at = Date.parse(`${year}-${month}-${day}T${hours}:${minutes}:${seconds}${offset}`);
	return Number.isNaN(at) ? NaN : at / DAY;
}

/** @param {Value} value @returns {number} */
export function toNumber(value) {
	if (typeof value === 'number') return value;
	if (typeof value === 'boolean') return value ? 1 : 0;
	const text = value.trim();
	if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return Number(text);
	return readDays(text);
}

/** @param {Value} value @returns {string} */
export function toText(value) {
	if (typeof value === 'string') return value;
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (Number.isInteger(value)) return String(value);
	return Number.isFinite(value)
		? String(Number(value.toPrecision(15)))
		: value === value
			? value > 0
				? 'Infinity'
				: '-Infinity'
			: 'NaN';
}

/** @param {Value} value @returns {boolean} */
export function toBoolean(value) {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
	return value.length > 0;
}

/** A number of days since 1970-01-01 as YYYY-MM-DD. @param {number} days */
function writeDate(days) {
	const at = Math.floor(days) * DAY;
	// Beyond ±100,000,000 days from 1970 a JavaScript date does not exist; nor four-digit years past 9999.
	if (!Number.isFinite(at) || Math.abs(at) > 8.64e15) return '';
	const text = new Date(at).toISOString();
	return /^\d{4}-/.test(text) ? text.slice(0, 10) : '';
}

/** Texts joined, or the empty text when they would pass MOST_TEXT_LENGTH. @param {string[]} texts */
function joinCapped(texts) {
	let length = 0;
	for (const text of texts) length += text.length;
	return length > MOST_TEXT_LENGTH ? '' : texts.join('');
}

/** @typedef {{ codes: string[], set: Set<string> }} Selection */

/** @type {Map<string, Selection>} Lists of codes already split, by their text; emptied when they hold much. */
const splitLists = new Map();
let splitCharacters = 0;
/** @type {Selection} */
const NO_CODES = { codes: [], set: new Set() };

/** The codes a text lists, split once (and paid for then) however often they are asked. @param {Value} value @param {Scope['work']} work */
function listSelected(value, work) {
	const text = toText(value);
	if (text === '') return NO_CODES;
	let selection = splitLists.get(text);
	if (selection === undefined) {
		if (work) work.spent += text.length;
		const codes = text.trim().split(/\s+/).filter(Boolean);
		selection = { codes, set: new Set(codes) };
		if (splitCharacters + text.length > MOST_EVALUATION_WORK) {
			splitLists.clear();
			splitCharacters = 0;
		}
		splitLists.set(text, selection);
		splitCharacters += text.length;
	}
	return selection;
}

/** @param {Value} left @param {Value} right @param {string} op */
function compare(left, right, op) {
	if (op === '=' || op === '!=') {
		const equal =
			typeof left === 'boolean' || typeof right === 'boolean'
				? toBoolean(left) === toBoolean(right)
				: typeof left === 'number' || typeof right === 'number'
					? toNumber(left) === toNumber(right)
					: left === right;
		return op === '=' ? equal : !equal;
	}
	const a = toNumber(left);
	const b = toNumber(right);
	if (op === '<') return a < b;
	if (op === '<=') return a <= b;
	if (op === '>') return a > b;
	return a >= b;
}

/** @param {number} value @param {number} digits */
function roundHalfUp(value, digits) {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

/**
 * The functions of Kobo's and ODK's forms that fit a survey without repeats or files, with their fewest and most
 * arguments (-1: any number), and what they give.
 * @type {Record<string, [number, number, (args: Value[], scope: Scope) => Value]>}
 */
const FUNCTIONS = {
	selected: [2, 2, ([list, code], scope) => listSelected(list, scope.work).set.has(toText(code).trim())],
	'count-selected': [1, 1, ([list], scope) => listSelected(list, scope.work).codes.length],
	'selected-at': [2, 2, ([list, index], scope) => listSelected(list, scope.work).codes[toNumber(index)] ?? ''],
	'string-length': [1, 1, ([text]) => [...toText(text)].length],
	concat: [0, -1, (args) => joinCapped(args.map(toText))],
	if: [3, 3, ([condition, yes, no]) => (toBoolean(condition) ? yes : no)],
	coalesce: [2, 2, ([first, second]) => (toText(first) !== '' ? first : second)],
	not: [1, 1, ([value]) => !toBoolean(value)],
	true: [0, 0, () => true],
	false: [0, 0, () => false],
	boolean: [1, 1, ([value]) => toBoolean(value)],
	number: [1, 1, ([value]) => toNumber(value)],
	string: [1, 1, ([value]) => toText(value)],
	int: [1, 1, ([value]) => Math.trunc(toNumber(value))],
	round: [1, 2, ([value, digits]) => roundHalfUp(toNumber(value), digits === undefined ? 0 : toNumber(digits))],
	floor: [1, 1, ([value]) => Math.floor(toNumber(value))],
	ceiling: [1, 1, ([value]) => Math.ceil(toNumber(value))],
	abs: [1, 1, ([value]) => Math.abs(toNumber(value))],
	pow: [2, 2, ([base, power]) => Math.pow(toNumber(base), toNumber(power))],
	sqrt: [1, 1, ([value]) => Math.sqrt(toNumber(value))],
	min: [1, -1, (args) => Math.min(...args.map(toNumber))],
	max: [1, -1, (args) => Math.max(...args.map(toNumber))],
	contains: [2, 2, ([text, part]) => toText(text).includes(toText(part))],
	'starts-with': [2, 2, ([text, part]) => toText(text).startsWith(toText(part))],
	'ends-with': [2, 2, ([text, part]) => toText(text).endsWith(toText(part))],
	substr: [
		2,
		3,
		([text, start, end]) => toText(text).slice(toNumber(start), end === undefined ? undefined : toNumber(end))
	],
	'substring-before': [
		2,
		2,
		([text, part]) => {
			const at = toText(text).indexOf(toText(part));
			return at < 0 ? '' : toText(text).slice(0, at);
		}
	],
	'substring-after': [
		2,
		2,
		([text, part]) => {
			const at = toText(text).indexOf(toText(part));
			return at < 0 ? '' : toText(text).slice(at + toText(part).length);
		}
	],
	'normalize-space': [1, 1, ([text]) => toText(text).trim().replace(/\s+/g, ' ')],
	today: [0, 0, (_, scope) => scope.today],
	now: [0, 0, (_, scope) => scope.now],
	date: [1, 1, ([value]) => (typeof value === 'number' ? writeDate(value) : writeDate(readDays(toText(value))))],
	'decimal-date-time': [1, 1, ([value]) => toNumber(value)]
};

/** The functions an expression may call. */
export const FUNCTION_NAMES = Object.keys(FUNCTIONS);

/**
 * What stops an expression from running here: null when it can, else why (`syntax`, `too_long`, `too_deep`,
 * `function` with its name and argument count, `path` for XPath beyond `${name}`, `.` and a choice's column,
 * `union`), and the questions it refers to.
 * @param {string} expression
 * @param {{ columns?: boolean }} [allow] `columns`: bare names read a choice's columns (a choice filter)
 * @returns {{ ok: true, node: ExpressionNode, references: string[], self: boolean } | { ok: false, error: ParseError | 'function' | 'path' | 'union', name?: string }}
 */
export function checkExpression(expression, allow = {}) {
	const parsed = parseExpression(expression);
	if (!parsed.ok) return parsed;
	/** @type {Set<string>} */
	const references = new Set();
	let self = false;
	/** @type {{ ok: false, error: 'function' | 'path' | 'union', name?: string } | null} */
	let refusal = null;
	/** @param {ExpressionNode} node */
	const visit = (node) => {
		if (refusal) return;
		switch (node.kind) {
			case 'reference':
				references.add(node.name);
				return;
			case 'self':
				self = true;
				return;
			case 'path':
				if (!allow.columns) refusal = { ok: false, error: 'path', name: node.name };
				return;
			case 'call': {
				const known = Object.hasOwn(FUNCTIONS, node.name) ? FUNCTIONS[node.name] : null;
				const fits = known && node.args.length >= known[0] && (known[1] < 0 || node.args.length <= known[1]);
				if (!fits) refusal = { ok: false, error: 'function', name: node.name };
				else node.args.forEach(visit);
				return;
			}
			case 'group':
				return visit(node.inner);
			case 'negate':
				return visit(node.operand);
			case 'binary':
				if (node.op === '|') refusal = { ok: false, error: 'union' };
				visit(node.left);
				visit(node.right);
				return;
		}
	};
	visit(parsed.node);
	return refusal ?? { ok: true, node: parsed.node, references: [...references], self };
}

/**
 * The value of a parsed expression (checked by checkExpression first: anything it refuses gives the empty text).
 * @param {ExpressionNode} node @param {Scope} scope @returns {Value}
 */
export function evaluate(node, scope) {
	const work = scope.work;
	if (work) {
		if (work.spent > MOST_EVALUATION_WORK) return '';
		work.spent += NODE_WORK;
	}
	return evaluateNode(node, scope);
}

/** The functions that read lists: they pay for a list when they split it, once. */
const LIST_FUNCTIONS = new Set(['selected', 'count-selected', 'selected-at']);
/** The functions that read or write dates. */
const DATE_FUNCTIONS = new Set(['date', 'decimal-date-time']);

/** What a function's arguments cost it: the texts it reads (a list function's list, none), a few for anything else. @param {string} name @param {Value[]} args */
function measureCall(name, args) {
	let work = DATE_FUNCTIONS.has(name) ? DATE_WORK : 0;
	const first = LIST_FUNCTIONS.has(name) ? 1 : 0;
	for (const arg of args.slice(first)) work += typeof arg === 'string' ? arg.length : 4;
	return work;
}

/** What an operator's texts cost it: a number read from each, or two texts compared. @param {Value} value */
function measureText(value) {
	return typeof value === 'string' ? value.length : 0;
}

/** @param {ExpressionNode} node @param {Scope} scope @returns {Value} */
function evaluateNode(node, scope) {
	switch (node.kind) {
		case 'reference':
			return fromAnswer(scope.read(node.name), scope.work);
		case 'self':
			return fromAnswer(scope.self, scope.work);
		case 'path':
			return scope.column ? fromAnswer(scope.column(node.name), scope.work) : '';
		case 'string':
			return node.value;
		case 'number':
			return Number(node.text);
		case 'group':
			return evaluate(node.inner, scope);
		case 'negate': {
			const operand = evaluate(node.operand, scope);
			if (scope.work) scope.work.spent += measureText(operand);
			return -toNumber(operand);
		}
		case 'call': {
			const known = Object.hasOwn(FUNCTIONS, node.name) ? FUNCTIONS[node.name] : null;
			if (!known) return '';
			if (node.name === 'if') {
				const [condition, yes, no] = node.args;
				return evaluate(toBoolean(evaluate(condition, scope)) ? yes : no, scope);
			}
			const args = node.args.map((arg) => evaluate(arg, scope));
			if (scope.work) scope.work.spent += measureCall(node.name, args);
			return known[2](args, scope);
		}
		case 'binary':
			return evaluateChain(node, scope);
	}
}

/**
 * A chain of operators (`a + b - c`, `x and y and z`) evaluated left to right in a loop: the tree leans left, and
 * walking it down one call a level could run out of stack on a long chain.
 * @param {ExpressionNode & { kind: 'binary' }} node @param {Scope} scope @returns {Value}
 */
function evaluateChain(node, scope) {
	/** @type {(ExpressionNode & { kind: 'binary' })[]} */
	const spine = [];
	/** @type {ExpressionNode} */
	let current = node;
	while (current.kind === 'binary') {
		spine.push(current);
		current = current.left;
	}
	let value = evaluate(current, scope);
	for (let i = spine.length - 1; i >= 0; i--) {
		const { op, right } = spine[i];
		if (op === 'or') value = toBoolean(value) || toBoolean(evaluate(right, scope));
		else if (op === 'and') value = toBoolean(value) && toBoolean(evaluate(right, scope));
		else {
			const operand = evaluate(right, scope);
			if (scope.work) scope.work.spent += measureText(value) + measureText(operand);
			value = applyOperator(op, value, operand);
		}
	}
	return value;
}

/** @param {string} op @param {Value} left @param {Value} right @returns {Value} */
function applyOperator(op, left, right) {
	switch (op) {
		case '+':
			return toNumber(left) + toNumber(right);
		case '-':
			return toNumber(left) - toNumber(right);
		case '*':
			return toNumber(left) * toNumber(right);
		case 'div':
			return toNumber(left) / toNumber(right);
		case 'mod':
			return toNumber(left) % toNumber(right);
		case '|':
			return '';
		default:
			return compare(left, right, op);
	}
}

/** @type {Map<string, Parsed>} */
const parsedCache = new Map();
/** The characters of the expressions the cache holds: a tree takes some tens of bytes a character. */
const MOST_CACHED_CHARACTERS = 500_000;
let cachedCharacters = 0;

/** A form's expressions are read once each, not once an answer; the cache is emptied when it holds much. @param {string} expression */
function parseOnce(expression) {
	let parsed = parsedCache.get(expression);
	if (parsed === undefined) {
		if (cachedCharacters + expression.length > MOST_CACHED_CHARACTERS) {
			parsedCache.clear();
			cachedCharacters = 0;
		}
		parsed = parseExpression(expression);
		parsedCache.set(expression, parsed);
		cachedCharacters += expression.length;
	}
	return parsed;
}

/** Whether an expression holds; one that cannot be read never does. @param {string} expression @param {Scope} scope */
export function testExpression(expression, scope) {
	const parsed = parseOnce(expression);
	return parsed.ok && toBoolean(evaluate(parsed.node, scope));
}

/** The value of an expression as an answer keeps it: a number, or a text (true and false as XPath writes them). @param {string} expression @param {Scope} scope @returns {string | number} */
export function calculate(expression, scope) {
	const parsed = parseOnce(expression);
	if (!parsed.ok) return '';
	const value = evaluate(parsed.node, scope);
	if (typeof value === 'number') return Number.isFinite(value) ? value : '';
	return capText(toText(value));
}

/** Today and now in UTC, as a scope holds them. @param {Date} at */
export function readClock(at) {
	const now = at.toISOString();
	return { today: now.slice(0, 10), now };
}
