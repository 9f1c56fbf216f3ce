import { MOST_EXPRESSION_DEPTH, tokenize, type Token } from './expression-tokens';

interface Span {
	/** Where the node's source starts and ends in the expression. */
	start: number;
	end: number;
}

/** An XPath expression as XLSForm writes it; `group` keeps the parentheses, which the show-if reading looks at. */
export type ExpressionNode = Span &
	(
		| { kind: 'reference'; name: string }
		| { kind: 'string'; value: string }
		| { kind: 'number'; text: string }
		| { kind: 'self' }
		| { kind: 'path'; name: string }
		| { kind: 'call'; name: string; args: ExpressionNode[] }
		| { kind: 'group'; inner: ExpressionNode }
		| { kind: 'negate'; operand: ExpressionNode }
		| { kind: 'binary'; op: string; left: ExpressionNode; right: ExpressionNode }
	);

export type ParseError = 'syntax' | 'too_long' | 'too_deep';
export type Parsed = { ok: true; node: ExpressionNode } | { ok: false; error: ParseError };

/** XPath 1.0's, loosest first; all of them left-associative. */
const PRECEDENCE = new Map<string, number>([
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
	constructor(readonly error: 'syntax' | 'too_deep') {}
}

/**
 * Parses an expression by precedence climbing: each token is read once, and the recursion is bounded by the
 * nesting, which may not pass MOST_EXPRESSION_DEPTH (parentheses, calls and signs alike).
 */
export function parseExpression(expression: string): Parsed {
	const tokenized = tokenize(expression);
	if (!tokenized.ok) return tokenized;
	const tokens = tokenized.tokens;
	let at = 0;

	const operatorAt = (token: Token | undefined): string | null => {
		if (token?.kind === 'operator' && PRECEDENCE.has(token.text)) return token.text;
		return token?.kind === 'name' && WORD_OPERATORS.has(token.text) ? token.text : null;
	};
	const enter = (depth: number): number => {
		if (depth + 1 > MOST_EXPRESSION_DEPTH) throw new Refusal('too_deep');
		return depth + 1;
	};
	const expect = (kind: Token['kind']): Token => {
		const token = tokens[at];
		if (token?.kind !== kind) throw new Refusal('syntax');
		at++;
		return token;
	};

	function parseBinary(least: number, depth: number): ExpressionNode {
		let left = parseUnary(depth);
		for (;;) {
			const op = operatorAt(tokens[at]);
			const precedence = op === null ? 0 : PRECEDENCE.get(op)!;
			if (op === null || precedence < least) return left;
			at++;
			const right = parseBinary(precedence + 1, depth);
			left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
		}
	}

	function parseUnary(depth: number): ExpressionNode {
		const token = tokens[at];
		if (token?.kind !== 'operator' || token.text !== '-') return parsePrimary(depth);
		at++;
		const operand = parseUnary(enter(depth));
		return { kind: 'negate', operand, start: token.start, end: operand.end };
	}

	function parsePrimary(depth: number): ExpressionNode {
		const token = tokens[at++];
		const span = { start: token?.start ?? 0, end: token?.end ?? 0 };
		switch (token?.kind) {
			case 'reference':
				return { kind: 'reference', name: token.text, ...span };
			case 'string':
				return { kind: 'string', value: token.text, ...span };
			case 'number':
				return { kind: 'number', text: token.text, ...span };
			case 'self':
				return { kind: 'self', ...span };
			case 'open': {
				const inner = parseBinary(1, enter(depth));
				return { kind: 'group', inner, start: token.start, end: expect('close').end };
			}
			case 'name': {
				if (tokens[at]?.kind !== 'open') return { kind: 'path', name: token.text, ...span };
				at++;
				const inside = enter(depth);
				const args: ExpressionNode[] = [];
				while (tokens[at]?.kind !== 'close') {
					if (args.length > 0) expect('comma');
					args.push(parseBinary(1, inside));
				}
				return { kind: 'call', name: token.text, args, start: token.start, end: expect('close').end };
			}
			default:
				throw new Refusal('syntax');
		}
	}

	try {
		const node = parseBinary(1, 0);
		return at === tokens.length ? { ok: true, node } : { ok: false, error: 'syntax' };
	} catch (error) {
		if (error instanceof Refusal) return { ok: false, error: error.error };
		throw error;
	}
}

/** The operands of a chain of one operator, left to right, not looking inside parentheses: `a and (b and c)` gives a, (b and c). */
export function listOperands(node: ExpressionNode, op: 'and' | 'or'): ExpressionNode[] {
	const operands: ExpressionNode[] = [];
	let current = node;
	while (current.kind === 'binary' && current.op === op) {
		operands.push(current.right);
		current = current.left;
	}
	operands.push(current);
	return operands.reverse();
}

/** The node inside any parentheses around it. */
export function unwrap(node: ExpressionNode): ExpressionNode {
	let current = node;
	while (current.kind === 'group') current = current.inner;
	return current;
}
