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

function findOperator(token: Token | undefined): string | null {
	if (token?.kind === 'operator' && PRECEDENCE.has(token.text)) return token.text;
	return token?.kind === 'name' && WORD_OPERATORS.has(token.text) ? token.text : null;
}

function enter(depth: number): number {
	if (depth + 1 > MOST_EXPRESSION_DEPTH) throw new Refusal('too_deep');
	return depth + 1;
}

/** Precedence climbing over the tokens: each read once; one level of recursion a level of nesting, and a few a precedence. */
class Parser {
	private at = 0;

	constructor(private readonly tokens: Token[]) {}

	parse(): ExpressionNode {
		const node = this.parseBinary(1, 0);
		if (this.at !== this.tokens.length) throw new Refusal('syntax');
		return node;
	}

	private expect(kind: Token['kind']): Token {
		const token = this.tokens[this.at];
		if (token?.kind !== kind) throw new Refusal('syntax');
		this.at++;
		return token;
	}

	private parseBinary(least: number, depth: number): ExpressionNode {
		let left = this.parseUnary(depth);
		for (;;) {
			const op = findOperator(this.tokens[this.at]);
			const precedence = op === null ? 0 : PRECEDENCE.get(op)!;
			if (op === null || precedence < least) return left;
			this.at++;
			const right = this.parseBinary(precedence + 1, depth);
			left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
		}
	}

	private parseUnary(depth: number): ExpressionNode {
		const token = this.tokens[this.at];
		if (token?.kind !== 'operator' || token.text !== '-') return this.parsePrimary(depth);
		this.at++;
		const operand = this.parseUnary(enter(depth));
		return { kind: 'negate', operand, start: token.start, end: operand.end };
	}

	private parsePrimary(depth: number): ExpressionNode {
		const token = this.tokens[this.at++];
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
				const inner = this.parseBinary(1, enter(depth));
				return { kind: 'group', inner, start, end: this.expect('close').end };
			}
			case 'name': {
				if (this.tokens[this.at]?.kind !== 'open') return { kind: 'path', name: token.text, start, end };
				this.at++;
				const inside = enter(depth);
				const args: ExpressionNode[] = [];
				while (this.tokens[this.at]?.kind !== 'close') {
					if (args.length > 0) this.expect('comma');
					args.push(this.parseBinary(1, inside));
				}
				return { kind: 'call', name: token.text, args, start, end: this.expect('close').end };
			}
			default:
				throw new Refusal('syntax');
		}
	}
}

/**
 * Parses an expression in time linear in its length; the recursion is bounded by the nesting, which may not pass
 * MOST_EXPRESSION_DEPTH (parentheses, calls and signs alike).
 */
export function parseExpression(expression: string): Parsed {
	const tokenized = tokenize(expression);
	if (!tokenized.ok) return tokenized;
	try {
		return { ok: true, node: new Parser(tokenized.tokens).parse() };
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
