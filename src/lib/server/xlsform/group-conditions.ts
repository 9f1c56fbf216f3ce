import { listOperands, MOST_EXPRESSION_LENGTH, parseExpression } from '$lib/survey/client/expressions.js';
import type { Context, Frame } from './context';
import { SQUASHED_END_GUARDS } from './core-rows';
import { squash } from './expressions';

/**
 * The parts of a condition joined by `and` outside parentheses, as written and whitespace aside, less the core
 * module's end rules (which our surveys apply anyway); read in time linear in the condition.
 */
function splitConjuncts(condition: string): { text: string; key: string }[] {
	if (condition.trim() === '') return [];
	const parsed = parseExpression(condition);
	const parts = parsed.ok
		? listOperands(parsed.node, 'and').map((part) => condition.slice(part.start, part.end))
		: [condition.trim()];
	return parts.map((text) => ({ text, key: squash(text) })).filter(({ key }) => !SQUASHED_END_GUARDS.has(key));
}

/**
 * `own` joined to the conditions of the groups open around it, each part once: the parts already in force (a
 * set kept as groups open and close) are not read again, so that each row costs its own condition's length,
 * however many groups are open. Null when nothing is left.
 */
export function joinToOpenGroups(context: Context, own: string): { joined: string | null; added: string[] } {
	const around = context.frames.at(-1)?.relevant ?? null;
	const fresh = splitConjuncts(own).filter(({ key }, index, all) => {
		return !context.conjuncts.has(key) && all.findIndex((other) => other.key === key) === index;
	});
	const texts = [...(around === null ? [] : [around]), ...fresh.map(({ text }) => text)];
	return { joined: texts.length === 0 ? null : texts.join(' and '), added: fresh.map(({ key }) => key) };
}

/** Whether a joined condition is short enough to keep (a longer one is reported and left out). */
export function fitsLength(joined: string | null): boolean {
	return joined === null || joined.length <= MOST_EXPRESSION_LENGTH;
}

/** The group's parts come into force as it opens, and go when it closes. */
export function enterFrame(context: Context, frame: Frame): void {
	for (const key of frame.added) context.conjuncts.add(key);
	context.frames.push(frame);
}

export function leaveFrame(context: Context): Frame | undefined {
	const frame = context.frames.pop();
	for (const key of frame?.added ?? []) context.conjuncts.delete(key);
	return frame;
}
