import type { CustomAnswer, StoredAnswer } from './custom-answer-parsing';
import { MOST_INSTANCES, type CustomQuestion } from './custom-question';
import { renameAllReferences } from './rename-references';

/**
 * A repeat group asks its members once an instance. Forms, checks and pages see each instance's members as
 * questions of their own, coded `group.instance.member` (`members.2.age`), whose expressions name the same
 * instance's members; a stored response keeps the instances under the group's code, a list of answers each.
 */

/** Whether a question list has a repeat group (most have none, and are read as they are). */
export function hasRepeats(questions: readonly CustomQuestion[]): boolean {
	return questions.some((question) => question.type === 'repeat');
}

/** Whether the question is a repeat group whose instances an expression counts (it is then never shown). */
export function isCountedRepeat(question: CustomQuestion): boolean {
	return question.type === 'repeat' && question.repeatCount !== undefined;
}

/** A member's code in one instance (`instance` from 1, or `@` in the page's pattern for new instances). */
export function nameInInstance(group: string, instance: number | '@', member: string): string {
	return `${group}.${instance}.${member}`;
}

/** The group, instance and member a flat code names; null for a question's own code. */
export function readInstanceName(name: string): { group: string; instance: number; member: string } | null {
	const match = /^([a-z][a-z0-9_]*)\.([1-9]\d{0,2})\.([a-z][a-z0-9_]*)$/.exec(name);
	return match ? { group: match[1], instance: Number(match[2]), member: match[3] } : null;
}

/** A number of instances as an answer gives it: a whole number from 0 to MOST_INSTANCES, anything else 0. */
export function readInstanceCount(value: unknown): number {
	const count = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
	return Number.isInteger(count) && count > 0 ? Math.min(count, MOST_INSTANCES) : 0;
}

/**
 * The questions with each repeat group's members asked once an instance: `countOf` says how many instances a
 * group has. The group's own question stays (its answer is the count); members keep their rules, naming the same
 * instance's members, and each instance is a page of its own.
 */
export function expandRepeats(
	questions: readonly CustomQuestion[],
	countOf: (group: CustomQuestion) => number | '@'
): CustomQuestion[] {
	const expanded: CustomQuestion[] = [];
	for (let index = 0; index < questions.length; index++) {
		const question = questions[index];
		if (question.repeat !== undefined) continue;
		expanded.push(question);
		if (question.type !== 'repeat') continue;
		const members = questions.slice(index + 1).filter((_, at) => questions[index + 1 + at].repeat === question.code);
		const count = countOf(question);
		const instances = count === '@' ? ['@' as const] : Array.from({ length: count }, (_, at) => at + 1);
		for (const instance of instances) {
			// Members name each other as the same instance's.
			const renames = new Map(
				members.map((member) => [member.code, nameInInstance(question.code, instance, member.code)])
			);
			for (const member of members) expanded.push(placeInInstance(member, renames, question.code, instance));
		}
	}
	return expanded;
}

function placeInInstance(
	member: CustomQuestion,
	renames: ReadonlyMap<string, string>,
	group: string,
	instance: number | '@'
): CustomQuestion {
	const placed = renameAllReferences(member, renames);
	return { ...placed, code: nameInInstance(group, instance, member.code), page: `${group}.${instance}` };
}

/**
 * Answers as forms and checks read them: each instance sent as a list under the group's code (as responses are
 * stored and the API takes them) written out member by member, the group's answer being the number of instances.
 * Answers already written out pass as they are.
 */
export function flattenRepeatAnswers(
	questions: readonly CustomQuestion[],
	input: Readonly<Record<string, unknown>>
): Record<string, unknown> {
	const flat: Record<string, unknown> = { ...input };
	for (const question of questions) {
		if (question.type !== 'repeat' || !Object.hasOwn(input, question.code)) continue;
		const instances = input[question.code];
		if (!Array.isArray(instances)) continue;
		flat[question.code] = instances.length;
		// More instances than a group holds: its count is refused, and none of them is read.
		if (instances.length > MOST_INSTANCES) continue;
		instances.forEach((instance, at) => {
			if (instance === null || typeof instance !== 'object' || Array.isArray(instance)) {
				// Not an instance's answers: kept under a name no question has, so that it is refused as unknown.
				flat[`${question.code}.${at + 1}`] = instance;
				return;
			}
			for (const [member, value] of Object.entries(instance))
				flat[nameInInstance(question.code, at + 1, member)] = value;
		});
	}
	return flat;
}

/**
 * Members' answers sent both in a group's list and written out (`members.1.age` beside `members: [{ age: … }]`):
 * which of the two is meant cannot be told.
 */
export function findAnsweredTwice(
	questions: readonly CustomQuestion[],
	input: Readonly<Record<string, unknown>>
): string[] {
	const twice: string[] = [];
	for (const question of questions) {
		if (question.type !== 'repeat' || !Object.hasOwn(input, question.code)) continue;
		const instances = input[question.code];
		if (!Array.isArray(instances) || instances.length > MOST_INSTANCES) continue;
		instances.forEach((instance, at) => {
			if (instance === null || typeof instance !== 'object') return;
			for (const member of Object.keys(instance)) {
				const name = nameInInstance(question.code, at + 1, member);
				if (Object.hasOwn(input, name)) twice.push(name);
			}
		});
	}
	return twice;
}

/** Checked answers as a response keeps them: each group's instances as a list of their members' answers. */
export function nestRepeatAnswers(
	questions: readonly CustomQuestion[],
	flat: Readonly<Record<string, CustomAnswer>>
): Record<string, StoredAnswer> {
	const nested: Record<string, StoredAnswer> = {};
	const groups = new Map<string, Record<string, CustomAnswer>[]>();
	for (const question of questions) {
		if (question.type !== 'repeat' || !Object.hasOwn(flat, question.code)) continue;
		const instances: Record<string, CustomAnswer>[] = Array.from(
			{ length: readInstanceCount(flat[question.code]) },
			() => ({})
		);
		groups.set(question.code, instances);
		nested[question.code] = instances;
	}
	for (const [name, value] of Object.entries(flat)) {
		if (groups.has(name)) continue;
		const place = readInstanceName(name);
		const instance = place ? groups.get(place.group)?.[place.instance - 1] : undefined;
		if (place && instance) instance[place.member] = value;
		else if (!place) nested[name] = value;
	}
	return nested;
}
