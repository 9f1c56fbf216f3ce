import { parseExpression, tokenize, type ExpressionNode } from '$lib/survey/client/expressions.js';
import type { Context } from './context';

/** XPath functions that read a repeat group's instances together, or say which instance is read. */
const INSTANCE_FUNCTIONS = new Set(['count', 'sum', 'join', 'max', 'min', 'last']);
const POSITION_FUNCTIONS = new Set(['indexed-repeat', 'position']);

/**
 * Why a function refused in an expression is, when it reads a repeat group's instances: one that only serves to
 * (`position`, `indexed-repeat`), or one that reads node-sets given a repeat group or its member. A survey here gives
 * an expression one instance's answers, or the number of instances (the group's own code), nothing else.
 */
export function describeInstanceFunction(
	context: Context,
	refusal: { error: string; name?: string },
	text: string
): string | null {
	// `position(..)` is refused for its path before its function is looked at.
	const name = refusal.error === 'function' ? refusal.name : /\b(position|indexed-repeat)\s*\(/.exec(text)?.[1];
	if (name === undefined) return null;
	const tokenized = POSITION_FUNCTIONS.has(name) || !INSTANCE_FUNCTIONS.has(name) ? null : tokenize(text);
	const namesRepeat =
		tokenized?.ok === true &&
		tokenized.tokens.some((token) => {
			const code = token.kind === 'reference' ? context.codes.get(token.text) : undefined;
			return code !== undefined && (context.repeats.has(code) || context.memberOf.has(code));
		});
	if (!POSITION_FUNCTIONS.has(name) && !namesRepeat) return null;
	return `the function ${name}() reads the instances of a repeat group together or by number, which a survey here does not (an expression sees one instance, or \${group}: their number)`;
}

/**
 * The expression with each `count(${group})` of a repeat group imported written `${group}`, as a survey here reads
 * the number of instances; refused (why, in words) when it names a group otherwise, as XLSForm would read all its
 * instances. A text that cannot be read is returned as it is, for the checks that follow to report.
 */
export function readInstanceCounts(context: Context, text: string): { text: string } | { refused: string } {
	const parsed = parseExpression(text);
	if (!parsed.ok) return { text };
	const isGroup = (name: string) => context.repeats.has(context.codes.get(name) ?? '');
	const spans: { start: number; end: number; name: string }[] = [];
	let bare: string | null = null;
	const visit = (node: ExpressionNode): void => {
		switch (node.kind) {
			case 'reference':
				if (bare === null && isGroup(node.name)) bare = node.name;
				return;
			case 'call': {
				const [only] = node.args;
				const counted = node.name === 'count' && node.args.length === 1 && only.kind === 'reference';
				if (counted && isGroup(only.name)) spans.push({ start: node.start, end: node.end, name: only.name });
				else node.args.forEach(visit);
				return;
			}
			case 'group':
				return visit(node.inner);
			case 'negate':
				return visit(node.operand);
			case 'binary':
				visit(node.left);
				visit(node.right);
				return;
		}
	};
	visit(parsed.node);
	if (bare !== null)
		return { refused: `it names the repeat group ${bare} itself, which only count(\${${bare}}) reads` };
	let written = '';
	let at = 0;
	for (const { start, end, name } of spans) {
		written += text.slice(at, start) + '${' + name + '}';
		at = end;
	}
	return { text: written + text.slice(at) };
}
