import { describe, expect, it } from 'vitest';
import { customQuestionSchema, MOST_INSTANCES } from '$lib/survey/custom-question';
import { customQuestionListSchema } from '$lib/survey/question-list';
import {
	expandRepeats,
	flattenRepeatAnswers,
	nestRepeatAnswers,
	readInstanceCount,
	readInstanceName
} from '$lib/survey/repeats';
import { planPages } from '$lib/survey/pages';
import { assessAnswers, validateResponse, type SurveyDefinition } from '$lib/survey/response';
import { ADULT, SETTINGS } from '../core-module/respondents';

const question = (fields: Record<string, unknown>) => customQuestionSchema.parse({ label: { fr: 'Q' }, ...fields });

const ROSTER = [
	question({ code: 'village', type: 'text' }),
	question({ code: 'members', type: 'repeat', label: { fr: 'Membres du ménage' } }),
	question({ code: 'first_name', type: 'text', repeat: 'members', required: true }),
	question({ code: 'age', type: 'integer', repeat: 'members', min: 0, max: 120 }),
	question({ code: 'left', type: 'yes_no', repeat: 'members', relevant: '${age} >= 15' }),
	question({ code: 'after', type: 'integer', relevant: '${members} > 1' })
];
const definition: SurveyDefinition = { settings: SETTINGS, customQuestions: ROSTER };

describe('repeat groups in a question list', () => {
	it('keeps a group whose members follow it', () => {
		expect(customQuestionListSchema.safeParse(ROSTER).success).toBe(true);
	});

	it.each([
		['a member away from its group', [ROSTER[0], ROSTER[2]], 'errors.repeat_unknown'],
		['a member after another question', [ROSTER[1], ROSTER[0], ROSTER[2]], 'errors.repeat_unknown'],
		[
			'a member named after the group is over',
			[...ROSTER.slice(0, 4), question({ code: 'late', type: 'integer', relevant: '${age} > 3' })],
			'errors.expression_unknown_question'
		]
	])('refuses %s', (_, questions, message) => {
		const parsed = customQuestionListSchema.safeParse(questions);
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map((issue) => issue.message)).toContain(message);
	});

	it.each([
		['a count on a question that is not a group', { code: 'n', type: 'integer', repeatCount: '3' }, 'repeat_count'],
		['a group inside a group', { code: 'g', type: 'repeat', repeat: 'members' }, 'repeat_nested']
	])('refuses %s', (_, fields, message) => {
		const parsed = customQuestionSchema.safeParse({ label: { fr: 'Q' }, ...fields });
		expect(parsed.error?.issues.map((issue) => issue.message).join()).toContain(message);
	});
});

describe('instances', () => {
	it.each([
		['members.2.age', { group: 'members', instance: 2, member: 'age' }],
		['members.0.age', null],
		['members.age', null],
		['age', null]
	])('reads %s', (name, place) => expect(readInstanceName(name)).toEqual(place));

	it.each([
		[3, 3],
		['2', 2],
		['', 0],
		[-1, 0],
		[1.5, 0],
		[MOST_INSTANCES + 5, MOST_INSTANCES]
	])('counts %j instances as %i', (value, count) => expect(readInstanceCount(value)).toBe(count));

	it('asks each member once an instance, naming the same instance', () => {
		const codes = expandRepeats(ROSTER, () => 2);
		expect(codes.map((q) => q.code)).toEqual([
			'village',
			'members',
			'members.1.first_name',
			'members.1.age',
			'members.1.left',
			'members.2.first_name',
			'members.2.age',
			'members.2.left',
			'after'
		]);
		expect(codes[7]).toMatchObject({ relevant: '${members.2.age} >= 15', page: 'members.2' });
	});

	it.each([0, 2])('puts %i instances right after the page of their group, each on its own', (count) => {
		const pages = planPages(
			new Set(),
			expandRepeats(ROSTER, () => count)
		);
		const instances = Array.from({ length: count }, (_, i) => [
			[`members.${i + 1}.first_name`, `members.${i + 1}.age`],
			[`members.${i + 1}.left`]
		]).flat();
		expect(pages).toEqual([['village', 'members'], ...instances, ['after']]);
	});

	it('writes lists out and gathers them back', () => {
		const nested = { village: 'Ndioum', members: [{ first_name: 'Awa', age: 30 }, { first_name: 'Moussa' }] };
		const flat = flattenRepeatAnswers(ROSTER, nested);
		expect(flat).toEqual({
			village: 'Ndioum',
			members: 2,
			'members.1.first_name': 'Awa',
			'members.1.age': 30,
			'members.2.first_name': 'Moussa'
		});
		expect(nestRepeatAnswers(ROSTER, flat as never)).toEqual(nested);
	});
});

describe('a response with a repeat group', () => {
	it('is checked instance by instance and kept as a list', () => {
		const input = {
			...ADULT,
			members: [
				{ first_name: 'Awa', age: 30, left: 'no' },
				{ first_name: 'Moussa', age: 8 }
			],
			after: 4
		};
		const checked = validateResponse(definition, input);
		expect(checked).toMatchObject({ ok: true, custom: { members: input.members, after: 4 } });
	});

	it('names the instance of each problem', () => {
		const checked = validateResponse(definition, {
			...ADULT,
			members: [{ age: 30 }, { first_name: 'Moussa', age: 8, left: 'yes' }, 'Fatou']
		});
		expect(checked.ok ? [] : checked.problems).toEqual([
			{ item: 'members.3', code: 'unknown_item' },
			{ item: 'members.1.first_name', code: 'required' },
			{ item: 'members.2.left', code: 'must_be_absent' },
			{ item: 'members.3.first_name', code: 'required' }
		]);
	});

	it('takes answers written out as a form posts them', () => {
		const checked = validateResponse(definition, {
			...ADULT,
			members: '1',
			'members.1.first_name': 'Awa',
			'members.1.age': '40'
		});
		expect(checked).toMatchObject({ ok: true, custom: { members: [{ first_name: 'Awa', age: 40 }] } });
	});

	it('refuses more instances than a group holds', () => {
		const checked = validateResponse(definition, { ...ADULT, members: MOST_INSTANCES + 1 });
		expect(checked).toMatchObject({ ok: false, problems: [{ item: 'members', code: 'out_of_range' }] });
	});

	it('counts instances with repeat_count, and refuses one too many', () => {
		const counted: SurveyDefinition = {
			settings: SETTINGS,
			customQuestions: [
				question({ code: 'children', type: 'integer' }),
				question({ code: 'child', type: 'repeat', repeatCount: '${children}' }),
				question({ code: 'school', type: 'yes_no', repeat: 'child', required: true })
			]
		};
		expect(assessAnswers(counted, { ...ADULT, children: 2 }).asked).toContain('child.2.school');
		const one = validateResponse(counted, { ...ADULT, children: 1, child: [{ school: 'yes' }] });
		expect(one).toMatchObject({ ok: true, custom: { children: 1, child: [{ school: 'yes' }] } });
		const extra = validateResponse(counted, { ...ADULT, children: 1, child: [{ school: 'yes' }, { school: 'no' }] });
		expect(extra).toMatchObject({ ok: false, problems: [{ item: 'child.2.school', code: 'unknown_item' }] });
	});
});

describe('a response sent to do harm', () => {
	const refused = (input: Record<string, unknown>) => {
		const checked = validateResponse(definition, { ...ADULT, ...input });
		return checked.ok ? [] : checked.problems;
	};

	it('refuses a list of far too many instances as one problem, reading none of them', () => {
		const many = Array.from({ length: 10_000 }, () => ({ first_name: 'A', age: 1 }));
		expect(refused({ members: many })).toEqual([{ item: 'members', code: 'out_of_range' }]);
	});

	it.each([
		[
			'an instance given twice',
			{ members: [{ first_name: 'A', age: 1 }], 'members.1.age': 99 },
			'members.1.age',
			'duplicate'
		],
		[
			'a leading zero',
			{ members: 1, 'members.1.first_name': 'A', 'members.01.age': 3 },
			'members.01.age',
			'unknown_item'
		],
		[
			'an instance beyond the count',
			{ members: 1, 'members.1.first_name': 'A', 'members.31.age': 3 },
			'members.31.age',
			'unknown_item'
		],
		['a member at the top', { members: [{ first_name: 'A' }], age: 3 }, 'age', 'unknown_item'],
		[
			'a group inside an instance',
			{ members: [{ first_name: 'A', members: [{ age: 1 }] }] },
			'members.1.members',
			'unknown_item'
		],
		[
			'an instance’s constructor',
			{ members: [{ first_name: 'A', constructor: 3 }] },
			'members.1.constructor',
			'unknown_item'
		],
		[
			'an instance’s __proto__',
			{ members: [JSON.parse('{"first_name": "A", "__proto__": {"age": 5}}')] },
			'members.1.__proto__',
			'unknown_item'
		]
	])('names %s', (_, input, item, code) => {
		expect(refused(input)).toContainEqual({ item, code });
	});

	it.each([
		[1e9, 'out_of_range'],
		['-1', 'out_of_range'],
		['2.5', 'not_an_integer']
	])('refuses a count of %j', (count, code) => {
		expect(refused({ members: count })).toEqual([{ item: 'members', code }]);
	});

	it('expands a group of hundreds of members, each renamed for its instance', () => {
		const members = Array.from({ length: 400 }, (_, at) =>
			question({ code: `m${at}`, type: 'integer', repeat: 'people', relevant: at ? `\${m${at - 1}} > 0` : undefined })
		);
		const expanded = expandRepeats([question({ code: 'people', type: 'repeat' }), ...members], () => MOST_INSTANCES);
		expect(expanded).toHaveLength(1 + 400 * MOST_INSTANCES);
		expect(expanded.at(-1)?.relevant).toBe(`\${people.${MOST_INSTANCES}.m398} > 0`);
	});
});
