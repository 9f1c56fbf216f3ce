import type { ShowIf } from '$lib/survey/custom-question';
import { listOperands, parseExpression, unwrap, type ExpressionNode } from '$lib/survey/client/expressions.js';

/** A show-if rule as the form writes it: `name` is the XLSForm name it refers to, not yet our code. */
export interface Comparison {
	name: string;
	op: ShowIf['op'];
	value: ShowIf['value'];
}

const NUMBER = /^\d+(?:\.\d+)?$/;
const SIGNS: Partial<Record<string, Exclude<ShowIf['op'], 'one_of'>>> = {
	'=': 'equals',
	'>': 'greater_than',
	'<': 'less_than'
};

/** A quoted text or a number, as a show-if rule or a bound takes it; `-` only before a number. */
function readLiteral(node: ExpressionNode, kinds: 'text' | 'number' | 'both'): string | number | null {
	if (node.kind === 'string') return kinds === 'number' ? null : node.value;
	const negative = node.kind === 'negate';
	const number = negative ? node.operand : node;
	if (kinds === 'text' || number.kind !== 'number' || !NUMBER.test(number.text)) return null;
	return negative ? -Number(number.text) : Number(number.text);
}

function readComparison(node: ExpressionNode): Comparison | null {
	if (node.kind === 'call') {
		const [question, value] = node.args;
		if (node.name !== 'selected' || node.args.length !== 2 || question.kind !== 'reference') return null;
		const text = readLiteral(value, 'text');
		return text === null ? null : { name: question.name, op: 'equals', value: text };
	}
	if (node.kind !== 'binary' || node.left.kind !== 'reference') return null;
	const op = SIGNS[node.op];
	const value = readLiteral(node.right, 'both');
	return op && value !== null ? { name: node.left.name, op, value } : null;
}

/**
 * One simple condition, or equalities on one question joined by `or` (our "is one of"); conjuncts in `ignored`
 * (the core module's end rules, which our surveys apply anyway) are dropped first.
 * Null when nothing is left; 'unsupported' for anything else, an expression too long or too deep included.
 */
export function parseRelevant(expression: string, ignored: ReadonlySet<string>): Comparison | null | 'unsupported' {
	if (expression.trim() === '') return null;
	const parsed = parseExpression(expression);
	if (!parsed.ok) return 'unsupported';
	const conjuncts = listOperands(parsed.node, 'and').filter(
		(part) => !ignored.has(squash(expression.slice(part.start, part.end)))
	);
	if (conjuncts.length === 0) return null;
	if (conjuncts.length > 1) return 'unsupported';
	const inner = unwrap(conjuncts[0]);
	const terms = listOperands(inner, 'or').map((term) => readComparison(unwrap(term)));
	if (terms.some((term) => term === null)) return 'unsupported';
	const comparisons = terms as Comparison[];
	const grouped = inner !== conjuncts[0];
	if (comparisons.length === 1 && !(grouped && comparisons[0].op === 'equals')) return comparisons[0];
	const name = comparisons[0].name;
	const values = comparisons.map((term) => (term.op === 'equals' && term.name === name ? term.value : null));
	if (!values.every((value): value is string => typeof value === 'string')) return 'unsupported';
	return { name, op: 'one_of', value: values };
}

function readBound(node: ExpressionNode): { sign: string; number: number } | null {
	if (node.kind !== 'binary' || (node.op !== '>=' && node.op !== '<=') || node.left.kind !== 'self') return null;
	const number = readLiteral(node.right, 'number');
	return typeof number === 'number' ? { sign: node.op, number } : null;
}

/** `. >= N`, `. <= N` or both joined by `and`; null for any other constraint. */
export function parseConstraint(expression: string): { min: number | null; max: number | null } | null {
	const parsed = parseExpression(expression);
	if (!parsed.ok) return null;
	const parts = listOperands(parsed.node, 'and').map((part) => readBound(unwrap(part)));
	if (parts.length > 2 || parts.some((part) => part === null)) return null;
	let min: number | null = null;
	let max: number | null = null;
	for (const { sign, number } of parts as { sign: string; number: number }[]) {
		if (sign === '>=' && min === null) min = number;
		else if (sign === '<=' && max === null) max = number;
		else return null;
	}
	return min !== null && max !== null && min > max ? null : { min, max };
}

/** Why an expression is refused outright (rather than left out): too long or too deep to read safely. */
export function checkExpression(expression: string): 'too_long' | 'too_deep' | null {
	const parsed = parseExpression(expression);
	return parsed.ok || parsed.error === 'syntax' ? null : parsed.error;
}

/** Whitespace aside, so that `${C0}='yes'` and `${C0} = 'yes'` compare equal. */
export function squash(expression: string): string {
	return expression.replace(/\s+/g, '');
}

export function quote(value: string): string {
	return value.includes("'") ? `"${value}"` : `'${value}'`;
}

function writeLiteral(value: string | number): string {
	return typeof value === 'number' ? String(value) : quote(value);
}

/** `selected()` for a question that takes several answers, a plain comparison otherwise. */
export function writeComparison(comparison: Comparison, multiple: boolean): string {
	const reference = '${' + comparison.name + '}';
	const { op, value } = comparison;
	const equals = (one: string | number) =>
		multiple && typeof one === 'string'
			? `selected(${reference}, ${quote(one)})`
			: `${reference} = ${writeLiteral(one)}`;
	if (Array.isArray(value)) return `(${value.map(equals).join(' or ')})`;
	if (op === 'greater_than') return `${reference} > ${writeLiteral(value)}`;
	if (op === 'less_than') return `${reference} < ${writeLiteral(value)}`;
	return equals(value);
}

export function writeConstraint(min: number | null, max: number | null): string {
	const bounds = [min === null ? null : `. >= ${min}`, max === null ? null : `. <= ${max}`];
	return bounds.filter((bound) => bound !== null).join(' and ');
}

/** A part of a condition joined by `and`; `loose` when it needs parentheses to be joined to others by `and`. */
export interface Conjunct {
	text: string;
	loose: boolean;
}

/**
 * The parts of a condition joined by `and` outside parentheses. One of `or`s (the whole condition, then), or one
 * that cannot be read, is loose: `and` binds before `or`, so that `a and b or c` is `(a and b) or c`.
 */
export function listConjuncts(condition: string): Conjunct[] {
	const parsed = parseExpression(condition);
	if (!parsed.ok) return [{ text: condition.trim(), loose: true }];
	return listOperands(parsed.node, 'and').map((part) => ({
		text: condition.slice(part.start, part.end),
		loose: part.kind === 'binary' && part.op === 'or'
	}));
}

/** Parts joined by `and`, a loose one in parentheses when there are others (or `always`). */
export function joinConjuncts(parts: readonly Conjunct[], always = false): string {
	const bracket = always || parts.length > 1;
	return parts.map(({ text, loose }) => (bracket && loose ? `(${text})` : text)).join(' and ');
}

/** Joins conditions with `and`, each once. */
export function joinConditions(conditions: readonly string[]): string {
	const seen = new Set<string>();
	const parts = conditions
		.flatMap((condition) => (condition.trim() === '' ? [] : listConjuncts(condition)))
		.filter((part) => {
			const key = squash(part.text);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
	return joinConjuncts(parts);
}
