import { describe, expect, it } from 'vitest';
import { importXlsForm, type ImportResult } from '$lib/server/xlsform';
import { customQuestionListSchema } from '$lib/survey/question-list';
import { buildForm, type Rows } from './workbooks';

type Success = Extract<ImportResult, { ok: true }>;

const HEADER = ['type', 'name', 'label', 'relevant', 'repeat_count', 'calculation', 'constraint'];
const CHOICES: Rows = [
	['list_name', 'name', 'label'],
	['yn', 'yes', 'Yes'],
	['yn', 'no', 'No']
];

async function importRows(rows: Rows): Promise<Success> {
	const result = await importXlsForm(await buildForm([HEADER, ...rows], CHOICES), { languages: ['en'] });
	if (!result.ok) throw new Error(`import failed: ${result.error}`);
	expect(customQuestionListSchema.safeParse(result.questions).success).toBe(true);
	return result;
}

/** Each question as `code<group` (a member) or `code` (a group's header shown with its count, if any). */
function describeQuestions(result: Success): string[] {
	return result.questions.map((question) => {
		const count = question.repeatCount === undefined ? '' : ` n=${question.repeatCount}`;
		return `${question.code}${question.repeat === undefined ? '' : `<${question.repeat}`}${count}`;
	});
}

describe('importXlsForm: repeat groups', () => {
	it('reads a repeat as its header and members, a group inside flattened with its condition, a count and sibling conditions kept', async () => {
		const result = await importRows([
			['integer', 'people', 'People?'],
			['begin_repeat', 'members', 'Household member', '${people} > 0', '${people}'],
			['integer', 'age', 'Age?'],
			['begin_group', 'adult', 'Adult', '${age} >= 18'],
			['select_one yn', 'works', 'Works?'],
			['end_group'],
			['text', 'school', 'School?', '${age} < 18 and ${people} > 1'],
			['end_repeat'],
			['begin repeat', 'trips', 'Trips', null, '3'],
			['text', 'dest', 'Where?'],
			['end repeat'],
			['text', 'after', 'After', 'count(${trips}) > 1'],
			['text', 'last', 'Last', 'count(${trips}) > ${people} - 1']
		]);
		expect(describeQuestions(result)).toEqual([
			'people',
			'members n=${people}',
			'age<members',
			'works<members',
			'school<members',
			'trips n=3',
			'dest<trips',
			'after',
			'last'
		]);
		const [, members, , works, school, , , after, last] = result.questions;
		expect(members).toMatchObject({ type: 'repeat', label: { en: 'Household member' } });
		expect(members.showIf).toEqual({ question: 'people', op: 'greater_than', value: 0 });
		expect(works.relevant).toBe('${age} >= 18');
		expect(school.relevant).toBe('${age} < 18 and ${people} > 1');
		// XLSForm counts a group's instances with count(); a survey here reads the group's own code as their number.
		expect(after.showIf).toEqual({ question: 'trips', op: 'greater_than', value: 1 });
		expect(last.relevant).toBe('${trips} > ${people} - 1');
		expect(result.problems).toEqual([]);
	});

	it.each<[string, Rows, string[], [number, string][]]>([
		[
			'a repeat inside a repeat (the outer one kept)',
			[
				['begin_repeat', 'plots', 'Plots'],
				['integer', 'size', 'Size?'],
				['begin_repeat', 'trees', 'Trees'],
				['text', 'species', 'Species?'],
				['end_repeat'],
				['text', 'notes', 'Notes?'],
				['end_repeat']
			],
			['plots', 'size<plots', 'notes<plots'],
			[
				[4, 'nested_repeat'],
				[5, 'nested_repeat']
			]
		],
		[
			'a repeat with no question it can import',
			[
				['begin_repeat', 'places', 'Places'],
				['geopoint', 'where', 'Where?'],
				['end_repeat'],
				['text', 'after', 'After']
			],
			['after'],
			[
				[2, 'empty_repeat'],
				[3, 'refused_identifying']
			]
		],
		[
			'a member named from after its group',
			[
				['begin_repeat', 'kids', 'Kids'],
				['integer', 'age', 'Age?'],
				['end_repeat'],
				['text', 'oldest', 'Oldest?', '${age} > 10'],
				['calculate', 'total', null, null, null, 'sum(${age})'],
				['text', 'many', 'Many?', '${kids} > 2']
			],
			['kids', 'age<kids', 'oldest', 'many'],
			[
				[5, 'repeat_reference'],
				[6, 'repeat_reference'],
				[7, 'repeat_reference']
			]
		],
		[
			'an instance read by its number',
			[
				['begin_repeat', 'kids', 'Kids'],
				['integer', 'age', 'Age?'],
				['text', 'first', 'First?', 'position(..) = 1'],
				['end_repeat'],
				['calculate', 'second', null, null, null, 'indexed-repeat(${age}, ${kids}, 2)']
			],
			['kids', 'age<kids', 'first<kids'],
			[
				[4, 'repeat_reference'],
				[6, 'repeat_reference']
			]
		],
		[
			'a member of another repeat',
			[
				['begin_repeat', 'a', 'A'],
				['integer', 'x', 'X?'],
				['end_repeat'],
				['begin_repeat', 'b', 'B'],
				['integer', 'y', 'Y?', null, null, null, '. > ${x}'],
				['end_repeat']
			],
			['a', 'x<a', 'b', 'y<b'],
			[[6, 'repeat_reference']]
		],
		[
			'a repeat count that cannot run',
			[['begin_repeat', 'r', 'R', null, '${nowhere}'], ['text', 'in', 'In?'], ['end_repeat']],
			['r', 'in<r'],
			[[2, 'unsupported_repeat_count']]
		]
	])('%s: reported', async (_, rows, questions, problems) => {
		const result = await importRows(rows);
		expect(describeQuestions(result)).toEqual(questions);
		expect(result.problems.map((problem) => [problem.row, problem.reason])).toEqual(problems);
		expect(result.problems.every((problem) => problem.detail.length > 0)).toBe(true);
	});

	it('labels a repeat without one by its name, and keeps a label naming a sibling but not one naming a member from outside', async () => {
		const result = await importRows([
			['begin_repeat', 'kids'],
			['text', 'name', 'Name?'],
			['integer', 'age', 'Age of ${name}?'],
			['end_repeat'],
			['note', 'done', 'Thanks, ${name}']
		]);
		expect(result.questions.map((question) => question.label.en)).toEqual([
			'kids',
			'Name?',
			'Age of ${name}?',
			'Thanks, …'
		]);
		expect(result.problems.map((problem) => [problem.row, problem.reason])).toEqual([[6, 'repeat_reference']]);
	});
});
