import { describe, expect, it } from 'vitest';
import { listOperands, parseExpression, type ExpressionNode } from '$lib/survey/client/expressions.js';
import { MOST_EXPRESSION_DEPTH, MOST_EXPRESSION_LENGTH, tokenize } from '$lib/survey/client/expressions.js';

/** A node as Lisp-like text, to compare trees in a table. */
function show(node: ExpressionNode): string {
	switch (node.kind) {
		case 'reference':
			return '${' + node.name + '}';
		case 'string':
			return `'${node.value}'`;
		case 'number':
			return node.text;
		case 'self':
			return '.';
		case 'path':
			return node.name;
		case 'call':
			return `${node.name}(${node.args.map(show).join(' ')})`;
		case 'group':
			return `[${show(node.inner)}]`;
		case 'negate':
			return `(- ${show(node.operand)})`;
		case 'binary':
			return `(${node.op} ${show(node.left)} ${show(node.right)})`;
	}
}

function parseToText(expression: string): string {
	const parsed = parseExpression(expression);
	return parsed.ok ? show(parsed.node) : parsed.error;
}

describe('tokenize', () => {
	it.each([
		["${q} = 'x'", 'reference:q operator:= string:x'],
		['${ q }>=-2.5', 'reference:q operator:>= operator:- number:2.5'],
		['selected(${q},"a b")', 'name:selected open:( reference:q comma:, string:a b close:)'],
		['. <= .5', 'self:. operator:<= number:.5'],
		['count-selected(${a}) div 2', 'name:count-selected open:( reference:a close:) name:div number:2'],
		['../x', 'other:. operator:/ name:x'],
		["'never closed", "other:'never closed"],
		['${} $x', 'other:$ other:{ other:} other:$ name:x'],
		['', '']
	])('%s', (expression, tokens) => {
		const tokenized = tokenize(expression);
		expect(tokenized.ok && tokenized.tokens.map((token) => `${token.kind}:${token.text}`).join(' ')).toBe(tokens);
	});

	it('keeps where each token is, for the source of a part', () => {
		const tokenized = tokenize("  ${a} = 'x y' ");
		expect(tokenized.ok && tokenized.tokens.map((token) => [token.start, token.end])).toEqual([
			[2, 6],
			[7, 8],
			[9, 14]
		]);
	});

	it.each([
		['too_long', 'x'.repeat(MOST_EXPRESSION_LENGTH + 1)],
		['too_deep', '('.repeat(MOST_EXPRESSION_DEPTH + 1) + ')'.repeat(MOST_EXPRESSION_DEPTH + 1)],
		['too_deep', '('.repeat(9_000)]
	])('refuses an expression %s', (error, expression) => {
		expect(tokenize(expression)).toEqual({ ok: false, error });
	});

	it('takes the longest and deepest it allows, and parentheses inside quotes do not count', () => {
		expect(tokenize('x'.repeat(MOST_EXPRESSION_LENGTH)).ok).toBe(true);
		expect(tokenize('('.repeat(MOST_EXPRESSION_DEPTH) + ')'.repeat(MOST_EXPRESSION_DEPTH)).ok).toBe(true);
		expect(tokenize(`'${'('.repeat(MOST_EXPRESSION_DEPTH + 1)}'`).ok).toBe(true);
	});
});

describe('parseExpression', () => {
	it.each([
		["${q} = 'x'", "(= ${q} 'x')"],
		["${a} = 'x' or ${b} = 'y' and ${c} = 'z'", "(or (= ${a} 'x') (and (= ${b} 'y') (= ${c} 'z')))"],
		['${a} and ${b} and ${c}', '(and (and ${a} ${b}) ${c})'],
		['(${a} or ${b}) and ${c}', '(and [(or ${a} ${b})] ${c})'],
		['${a} + 2 * 3 > 4 - -1', '(> (+ ${a} (* 2 3)) (- 4 (- 1)))'],
		['${a} div 2 mod 3 != 1', '(!= (mod (div ${a} 2) 3) 1)'],
		['${a} < 1 = ${b} >= 2', '(= (< ${a} 1) (>= ${b} 2))'],
		["selected(${q}, 'a')", "selected(${q} 'a')"],
		['true()', 'true()'],
		["concat('a', ${b}, 3)", "concat('a' ${b} 3)"],
		['not((${a}))', 'not([${a}])'],
		['. >= 1 and . <= 10', '(and (>= . 1) (<= . 10))'],
		["${a} = 'x' and", 'syntax'],
		['(${a}', 'syntax'],
		['${a})', 'syntax'],
		['f(${a} ${b})', 'syntax'],
		['f(, ${a})', 'syntax'],
		['/data/a = 1', 'syntax'],
		['${a} = ', 'syntax'],
		['', 'syntax'],
		[
			'-'.repeat(MOST_EXPRESSION_DEPTH) + '1',
			'(- '.repeat(MOST_EXPRESSION_DEPTH) + '1' + ')'.repeat(MOST_EXPRESSION_DEPTH)
		],
		['-'.repeat(MOST_EXPRESSION_DEPTH + 1) + '1', 'too_deep'],
		['f('.repeat(MOST_EXPRESSION_DEPTH + 1) + ')'.repeat(MOST_EXPRESSION_DEPTH + 1), 'too_deep'],
		['-('.repeat(60) + '1' + ')'.repeat(60), 'too_deep'],
		['('.repeat(60_000) + "${a} = 'x'" + ')'.repeat(60_000), 'too_long'],
		['('.repeat(4_000) + "${a} = 'x'" + ')'.repeat(4_000), 'too_deep']
	])('%s', (expression, tree) => {
		expect(parseToText(expression)).toBe(tree);
	});

	it('keeps the source span of every part', () => {
		const expression = " ${C0} = 'yes'  and (${q}='a' or ${q}='b') ";
		const parsed = parseExpression(expression);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(listOperands(parsed.node, 'and').map((part) => expression.slice(part.start, part.end))).toEqual([
			"${C0} = 'yes'",
			"(${q}='a' or ${q}='b')"
		]);
	});

	it('reads a long flat expression without recursing on its length', () => {
		const terms = Array.from({ length: 500 }, (_, i) => `\${q} = 'v${i}'`).join(' or ');
		const parsed = parseExpression(terms);
		expect(parsed.ok && listOperands(parsed.node, 'or')).toHaveLength(500);
	});
});
