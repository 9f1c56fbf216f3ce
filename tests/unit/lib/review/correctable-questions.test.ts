import { describe, expect, it } from 'vitest';
import { listCorrectableQuestions, type QuestionLabel } from '$lib/review/questions';

const label = (code: string, text: string, repeat?: string): QuestionLabel => ({
	code,
	text,
	battery: null,
	multiple: false,
	options: [],
	...(repeat && { repeat })
});
const QUESTIONS = [label('D2', 'Age'), label('members', 'Members'), label('age', 'Their age', 'members')];
const title = (group: string, instance: number) => `${group} #${instance}`;

describe('listCorrectableQuestions', () => {
	it.each([
		['two instances', { members: [{ age: 3 }, { age: 40 }] }, ['D2', 'members', 'members.1.age', 'members.2.age']],
		['no instance', { members: [] }, ['D2', 'members']],
		['a group not asked', {}, ['D2', 'members']]
	])('names each member once an instance, for %s', (_, answers, codes) => {
		expect(listCorrectableQuestions(QUESTIONS, answers, title).map((question) => question.code)).toEqual(codes);
	});

	it('says which instance a member is asked in', () => {
		const listed = listCorrectableQuestions(QUESTIONS, { members: [{ age: 3 }] }, title);
		expect(listed.at(-1)).toMatchObject({ code: 'members.1.age', text: 'Their age (Members #1)', repeat: 'members' });
	});
});
