import { afterEach, describe, expect, it, vi } from 'vitest';
import { importXlsForm, type ImportResult } from '$lib/server/xlsform';
import { MOST_IMPORTED_CHOICES } from '$lib/server/xlsform/questions';
import { MOST_OPTIONS } from '$lib/survey/custom-question';
import { customQuestionListSchema, MOST_QUESTIONS } from '$lib/survey/question-list';
import { buildForm, type Rows } from './workbooks';

type Success = Extract<ImportResult, { ok: true }>;

const HEADER = ['type', 'name', 'label', 'relevant', 'constraint'];
const nest = (text: string, depth: number) => '('.repeat(depth) + text + ')'.repeat(depth);

async function importRows(survey: Rows, choices?: Rows): Promise<ImportResult> {
	return importXlsForm(await buildForm(survey, choices), { languages: ['en'] });
}

async function importOk(survey: Rows, choices?: Rows): Promise<Success> {
	const result = await importRows(survey, choices);
	if (!result.ok) throw new Error(`import failed: ${result.error}`);
	return result;
}

afterEach(() => vi.restoreAllMocks());

describe('importXlsForm refuses an expression it will not read, naming its row and column', () => {
	it.each([
		['60,000 nested parentheses in a relevant', 3, 'relevant', nest("${a} = 'x'", 60_000), 'expression_too_long'],
		['101 nested parentheses in a relevant', 3, 'relevant', nest("${a} = 'x'", 101), 'expression_too_deep'],
		['a relevant of 10,001 characters', 3, 'relevant', `\${a} = '${'x'.repeat(9_993)}'`, 'expression_too_long'],
		[
			'101 nested calls in a constraint',
			3,
			'constraint',
			'not('.repeat(101) + '. >= 1' + ')'.repeat(101),
			'expression_too_deep'
		],
		['101 minus signs in a constraint', 3, 'constraint', '. >= ' + '-'.repeat(101) + '1', 'expression_too_deep']
	])('%s', async (_, row, column, expression, error) => {
		const cells = column === 'relevant' ? [expression, null] : [null, expression];
		const result = await importRows([
			HEADER,
			['text', 'a', 'A'],
			['integer', 'b', 'B', ...cells],
			['text', 'c', 'C', nest("${a} = 'x'", 200)]
		]);
		expect(result).toEqual({ ok: false, error, sheet: 'survey', row, column });
	});

	it('the first such row, on a question or a group, whether read or not', async () => {
		const result = await importRows([
			HEADER,
			['text', 'a', 'A'],
			['calculate', 'total', null, nest('1', 150)],
			['begin group', 'g', null, nest("${a} = 'x'", 500)],
			['end group']
		]);
		expect(result).toEqual({ ok: false, error: 'expression_too_deep', sheet: 'survey', row: 3, column: 'relevant' });
	});

	it('takes a condition nested 100 deep, and a long flat one', async () => {
		const terms = Array.from({ length: 400 }, (_, i) => `\${a} = 'v${i}'`).join(' or ');
		const result = await importOk([
			HEADER,
			['text', 'a', 'A'],
			['text', 'b', 'B', nest("${a} = 'x'", 100)],
			['text', 'c', 'C', terms],
			['integer', 'd', 'D', null, nest('. >= 1', 100)]
		]);
		expect(result.questions.map((q) => q.showIf?.value ?? null)).toEqual([
			null,
			['x'],
			Array.from({ length: 400 }, (_, i) => `v${i}`),
			null
		]);
		expect(result.questions[3]).toMatchObject({ min: 1, max: null });
	});
});

describe('importXlsForm on a file built to be slow', () => {
	it('joins nested groups’ conditions, up to a length it can read, whatever the nesting', async () => {
		const depth = 1500;
		const result = await importOk([
			HEADER,
			['text', 'a', 'A'],
			...Array.from({ length: depth }, (_, i) => ['begin group', `g${i}`, null, `\${a} != 'x${i}'`]),
			['text', 'inside', 'Inside'],
			['text', 'own', 'Own', "${a} = 'y'"],
			...Array.from({ length: depth }, () => ['end group'])
		]);
		const [, inside, own] = result.questions;
		const kept = inside.relevant!.split(' and ');
		expect(kept.length).toBeGreaterThan(500);
		expect(kept.length).toBeLessThan(depth);
		expect(kept.slice(0, 2)).toEqual(["${a} != 'x0'", "${a} != 'x1'"]);
		// Its own condition would bring the joined ones past the length too: the question goes without.
		expect(own.relevant).toBeUndefined();
		expect(result.problems.length).toBe(depth - kept.length + 1);
		expect(result.problems[0]).toMatchObject({ row: 3 + kept.length, reason: 'unsupported_relevant' });
		expect(result.problems.at(-1)).toMatchObject({ row: 3 + depth + 1, reason: 'unsupported_relevant' });
		expect(result.problems[0].detail).toContain('passes 10000 characters');
	});

	it('names the repeats around a question left out of a nested repeat, and keeps a group’s condition after a repeat inside it closes', async () => {
		const result = await importOk([
			HEADER,
			['text', 'a', 'A'],
			['begin group', 'g', null, "${a} = 'x'"],
			['begin repeat', 'outer'],
			['begin repeat', 'inner'],
			['text', 'in', 'In'],
			['end repeat'],
			['end repeat'],
			['text', 'after', 'After'],
			['end group']
		]);
		expect(result.questions.map((q) => [q.code, q.showIf?.value ?? null])).toEqual([
			['a', null],
			['after', 'x']
		]);
		expect(result.problems.map((p) => [p.row, p.reason, p.detail])).toEqual([
			[4, 'empty_repeat', 'outer: none of the rows of this repeat could be imported: it is left out'],
			[
				5,
				'nested_repeat',
				'begin repeat inner: inside the repeat at row 4, and a repeat group holds no other: it and every question in it are left out'
			],
			[6, 'nested_repeat', 'text in: inside the repeat at row 5, itself inside the repeat at row 4: left out']
		]);
	});

	it(`leaves out a question whose choices would bring those imported past ${MOST_IMPORTED_CHOICES}`, async () => {
		// Lists as long as a question may hold: four of them reach the limit, a fifth passes it.
		const choices: Rows = [
			['list_name', 'name', 'label'],
			...Array.from({ length: MOST_OPTIONS }, (_, i) => ['Places', `p${i}`, `Place ${i}`]),
			['core_yes_no', 'yes', 'Yes'],
			['core_yes_no', 'no', 'No']
		];
		expect(4 * MOST_OPTIONS).toBe(MOST_IMPORTED_CHOICES);
		const result = await importOk(
			[
				HEADER,
				['select_one places', 'first', 'First'],
				['select_one Places', 'second', 'Second'],
				['select_one core_yes_no', 'ok', 'OK'],
				['select_one places', 'third', 'Third'],
				['select_one places', 'fourth', 'Fourth'],
				['select_one places', 'fifth', 'Fifth'],
				['text', 'last', 'Last']
			],
			choices
		);
		expect(result.questions.map((q) => [q.code, q.options.length])).toEqual([
			['first', MOST_OPTIONS],
			['second', MOST_OPTIONS],
			['ok', 0],
			['third', MOST_OPTIONS],
			['fourth', MOST_OPTIONS],
			['last', 0]
		]);
		expect(result.problems.map((p) => [p.row, p.column, p.reason])).toEqual([[7, 'type', 'too_many_choices']]);
	});

	it('leaves out a question of more choices than one may offer, without spending what the others may take', async () => {
		const choices: Rows = [
			['list_name', 'name', 'label'],
			...Array.from({ length: MOST_IMPORTED_CHOICES }, (_, i) => ['big', `b${i}`, `Big ${i}`]),
			['yn', 'yes', 'Yes'],
			['yn', 'no', 'No']
		];
		const result = await importOk(
			[
				HEADER,
				['select_one big', 'bigq', 'Big'],
				['select_one yn or_other', 'oth', 'Other?'],
				['select_one yn', 'f1', 'F1']
			],
			choices
		);
		expect(result.questions.map((q) => q.code)).toEqual(['oth', 'oth_other', 'f1']);
		expect(result.problems.map((p) => [p.row, p.column, p.reason])).toEqual([[2, 'type', 'too_many_choices']]);
		expect(result.problems[0].detail).toContain(`more than a question offers (${MOST_OPTIONS} at most)`);
	});

	it(`leaves out the questions past ${MOST_QUESTIONS}, an "other" one included, naming each row`, async () => {
		const result = await importOk(
			[
				HEADER,
				...Array.from({ length: MOST_QUESTIONS - 1 }, (_, i) => ['text', `q${i}`, `Question ${i}`]),
				['select_one places or_other', 'place', 'Place'],
				['integer', 'after', 'After']
			],
			[
				['list_name', 'name', 'label'],
				['places', 'a', 'A'],
				['places', 'b', 'B']
			]
		);
		expect(result.questions).toHaveLength(MOST_QUESTIONS);
		expect(result.questions.at(-1)?.code).toBe('place');
		expect(result.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
			[MOST_QUESTIONS + 1, 'type', 'too_many_questions'],
			[MOST_QUESTIONS + 2, 'type', 'too_many_questions']
		]);
		expect(customQuestionListSchema.safeParse(result.questions).success).toBe(true);
	});

	it('checks the questions once, and the list twice, however many it refuses, and those whose condition looks at one refused', async () => {
		const parse = vi.spyOn(customQuestionListSchema, 'safeParse');
		const count = 50;
		const result = await importOk([
			HEADER,
			...Array.from({ length: count }, (_, i) => ['text', `long${i}`, 'x'.repeat(2001)]),
			...Array.from({ length: count }, (_, i) => ['text', `after${i}`, 'After', `\${long${i}} = 'x'`]),
			['text', 'fine', 'Fine']
		]);
		expect(result.questions.map((q) => q.code)).toEqual(['fine']);
		expect(result.problems.filter((p) => p.reason === 'invalid_question')).toHaveLength(2 * count);
		expect(result.problems[0].detail).toBe('long0: refused (This text is too long): left out');
		expect(result.problems[count].detail).toBe(
			'after0: refused (A question can only depend on a core question or an earlier question): left out'
		);
		expect(parse).toHaveBeenCalledTimes(2);
	});
});
