import { describe, expect, it } from 'vitest';
import { listAnswerRows } from '$lib/review/answer-rows';
import type { QuestionLabel } from '$lib/review/questions';

const label = (code: string, extra: Partial<QuestionLabel> = {}): QuestionLabel => ({
	code,
	text: `Text ${code}`,
	battery: null,
	multiple: false,
	options: [],
	...extra
});

const QUESTIONS = [
	label('D2'),
	label('members'),
	label('age', { repeat: 'members' }),
	label('likes', {
		repeat: 'members',
		multiple: true,
		options: [
			{ code: 'fm', label: 'Radio' },
			{ code: 'tv', label: 'TV' }
		]
	}),
	label('comment')
];

const title = (group: string, instance: number) => `${group} #${instance}`;

describe('listAnswerRows', () => {
	it('lists a repeat group’s number of instances, then each instance’s members under the group and instance', () => {
		const rows = listAnswerRows(
			QUESTIONS,
			{ D2: 22, members: [{ age: 34, likes: ['fm', 'tv'] }, { age: 3 }], comment: 'ok' },
			title
		);
		expect(rows.map(({ context, text, answer, stored }) => [context, text, answer, stored])).toEqual([
			[null, 'Text D2', '22', 'D2 = 22'],
			[null, 'Text members', '2', 'members = 2'],
			['Text members #1', 'Text age', '34', 'members.1.age = 34'],
			['Text members #1', 'Text likes', 'Radio; TV', 'members.1.likes = fm tv'],
			['Text members #2', 'Text age', '3', 'members.2.age = 3'],
			[null, 'Text comment', 'ok', 'comment = ok']
		]);
		expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
	});

	it('gives a group without instances as 0, and never prints an instance as [object Object]', () => {
		const rows = listAnswerRows(QUESTIONS, { members: [], other: [{ x: 1 }] }, title);
		expect(rows.map((row) => [row.text, row.answer])).toEqual([
			['Text members', '0'],
			['other', '1'],
			['x', '1']
		]);
		expect(rows.some((row) => row.answer.includes('[object'))).toBe(false);
	});
});
