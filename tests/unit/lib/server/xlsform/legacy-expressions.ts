// The regular-expression reading that expression-parser.ts replaced, kept as the reference its results are held to.
// It takes quadratic time on nested parentheses: give it only short expressions.
import type { ShowIf } from '$lib/survey/custom-question';

/** A show-if rule as the form writes it: `name` is the XLSForm name it refers to, not yet our code. */
export interface Comparison {
	name: string;
	op: ShowIf['op'];
	value: ShowIf['value'];
}

const NAME = String.raw`\$\{\s*([^}\s]+)\s*\}`;
const LITERAL = String.raw`'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?)`;
const COMPARISON = new RegExp(String.raw`^${NAME}\s*(=|>|<)\s*(?:${LITERAL})$`);
const SELECTED = new RegExp(String.raw`^selected\(\s*${NAME}\s*,\s*(?:'([^']*)'|"([^"]*)")\s*\)$`);
const BOUND = /^\.\s*(>=|<=)\s*(-?\d+(?:\.\d+)?)$/;

/** Splits on a keyword outside quotes and parentheses: `a and (b and c)` gives `a`, `(b and c)`. */
function splitTopLevel(expression: string, keyword: 'and' | 'or'): string[] {
	const parts: string[] = [];
	const separator = new RegExp(String.raw`^\s+${keyword}\s+`);
	let depth = 0;
	let quote: string | null = null;
	let start = 0;
	for (let i = 0; i < expression.length; i++) {
		const char = expression[i];
		if (quote) {
			if (char === quote) quote = null;
		} else if (char === "'" || char === '"') quote = char;
		else if (char === '(') depth++;
		else if (char === ')') depth--;
		else if (depth === 0) {
			const match = separator.exec(expression.slice(i));
			if (match) {
				parts.push(expression.slice(start, i));
				start = i + match[0].length;
				i = start - 1;
			}
		}
	}
	parts.push(expression.slice(start));
	return parts.map((part) => part.trim());
}

function stripParentheses(expression: string): string {
	let text = expression.trim();
	while (text.startsWith('(') && findClosing(text) === text.length - 1) text = text.slice(1, -1).trim();
	return text;
}

function findClosing(text: string): number {
	let depth = 0;
	let quote: string | null = null;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quote) {
			if (char === quote) quote = null;
		} else if (char === "'" || char === '"') quote = char;
		else if (char === '(') depth++;
		else if (char === ')' && --depth === 0) return i;
	}
	return -1;
}

/** Whitespace aside, so that `${C0}='yes'` and `${C0} = 'yes'` compare equal. */
function squash(expression: string): string {
	return expression.replace(/\s+/g, '');
}

function parseComparison(text: string): Comparison | null {
	const selected = SELECTED.exec(text);
	if (selected) return { name: selected[1], op: 'equals', value: selected[2] ?? selected[3] };
	const match = COMPARISON.exec(text);
	if (!match) return null;
	const [, name, sign, single, double, number] = match;
	const value = number === undefined ? (single ?? double) : Number(number);
	return { name, op: sign === '=' ? 'equals' : sign === '>' ? 'greater_than' : 'less_than', value };
}

/**
 * One simple condition, or equalities on one question joined by `or` (our "is one of"); conjuncts in `ignored`
 * (the core module's end rules, which our surveys apply anyway) are dropped first.
 * Null when nothing is left; 'unsupported' for anything else.
 */
export function parseRelevantAsBefore(
	expression: string,
	ignored: ReadonlySet<string>
): Comparison | null | 'unsupported' {
	const conjuncts = splitTopLevel(expression, 'and').filter((part) => part !== '' && !ignored.has(squash(part)));
	if (conjuncts.length === 0) return null;
	if (conjuncts.length > 1) return 'unsupported';
	const inner = stripParentheses(conjuncts[0]);
	const terms = splitTopLevel(inner, 'or').map((term) => parseComparison(stripParentheses(term)));
	if (terms.some((term) => term === null)) return 'unsupported';
	const comparisons = terms as Comparison[];
	const grouped = inner !== conjuncts[0].trim();
	if (comparisons.length === 1 && !(grouped && comparisons[0].op === 'equals')) return comparisons[0];
	const name = comparisons[0].name;
	const values = comparisons.map((term) => (term.op === 'equals' && term.name === name ? term.value : null));
	if (!values.every((value): value is string => typeof value === 'string')) return 'unsupported';
	return { name, op: 'one_of', value: values };
}

export function parseConstraintAsBefore(expression: string): { min: number | null; max: number | null } | null {
	const parts = splitTopLevel(expression, 'and').map((part) => BOUND.exec(stripParentheses(part)));
	if (parts.length > 2 || parts.some((part) => part === null)) return null;
	let min: number | null = null;
	let max: number | null = null;
	for (const [, sign, number] of parts as RegExpExecArray[]) {
		if (sign === '>=' && min === null) min = Number(number);
		else if (sign === '<=' && max === null) max = Number(number);
		else return null;
	}
	return min !== null && max !== null && min > max ? null : { min, max };
}
