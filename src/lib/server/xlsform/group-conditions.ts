import { MOST_EXPRESSION_LENGTH } from '$lib/survey/client/expressions.js';
import type { Context, Frame } from './context';
import { SQUASHED_END_GUARDS } from './core-rows';
import { joinConjuncts, listConjuncts, squash, type Conjunct } from './expressions';

/**
 * The parts of a condition joined by `and` outside parentheses, as written and whitespace aside, less the core
 * module's end rules (which our surveys apply anyway); read in time linear in the condition.
 */
function splitConjuncts(condition: string): (Conjunct & { key: string })[] {
	if (condition.trim() === '') return [];
	return listConjuncts(condition)
		.map((part) => ({ ...part, key: squash(part.text) }))
		.filter(({ key }) => !SQUASHED_END_GUARDS.has(key));
}

/**
 * `own` joined to the conditions of the groups open around it, each part once: the parts already in force (a
 * set kept as groups open and close) are not read again, so that each row costs its own condition's length,
 * however many groups are open. Null when nothing is left. A group's (`forGroup`) has a loose part in
 * parentheses even alone, since the conditions inside it are joined to it.
 */
export function joinToOpenGroups(
	context: Context,
	own: string,
	forGroup = false
): { joined: string | null; added: string[] } {
	const around = context.frames.at(-1)?.relevant ?? null;
	const fresh = splitConjuncts(own).filter(({ key }, index, all) => {
		return !context.conjuncts.has(key) && all.findIndex((other) => other.key === key) === index;
	});
	// What is around was joined as a group's: a part of it is never loose.
	const parts = [...(around === null ? [] : [{ text: around, loose: false }]), ...fresh];
	return {
		joined: parts.length === 0 ? null : joinConjuncts(parts, forGroup),
		added: fresh.map(({ key }) => key)
	};
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
