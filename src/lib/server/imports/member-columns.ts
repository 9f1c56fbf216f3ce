import { readInstanceName } from '$lib/survey/repeats';
import type { SurveyDefinition } from '$lib/survey/response';

/** The survey's repeat group members: each one's group, and those that take several options. */
export interface MemberCodes {
	groupOf: ReadonlyMap<string, string>;
	multiple: ReadonlySet<string>;
}

export function listMemberCodes(definition: SurveyDefinition): MemberCodes {
	const members = definition.customQuestions.filter((question) => question.repeat !== undefined);
	return {
		groupOf: new Map(members.map((question) => [question.code, question.repeat!])),
		multiple: new Set(members.filter((question) => question.type === 'multiple').map((question) => question.code))
	};
}

/**
 * What a column named after a repeat group's member in one instance is: `members.2.age` that instance's answer
 * (the group's own column giving the number of instances), `members.2.likes/fm` one option's 0/1 column, left
 * out as the responses' own are; null for any other name.
 */
export function readMemberColumn(header: string, members: MemberCodes): 'answer' | 'option' | null {
	const [name, option, ...rest] = header.split('/');
	const place = readInstanceName(name);
	if (place === null || members.groupOf.get(place.member) !== place.group) return null;
	if (option === undefined) return 'answer';
	return rest.length === 0 && members.multiple.has(place.member) ? 'option' : null;
}
