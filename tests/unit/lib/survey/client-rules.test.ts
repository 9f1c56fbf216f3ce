import { describe, expect, it } from 'vitest';
import { CORE_ITEMS, getItem, parseAnswer, testCondition as serverCondition, type CoreAnswers } from '$lib/core-module';
import { checkAnswer, readNumber, testCondition } from '$lib/survey/client/respondent.js';
import { fromCoreCondition, fromShowIf } from '$lib/survey/conditions';
import { parseCustomAnswer, testShowIf } from '$lib/survey/custom-answers';
import { customQuestionSchema, type ShowIf } from '$lib/survey/custom-question';
import { listSurveyFields } from '$lib/survey/fields';
import { SETTINGS } from '../core-module/respondents';
import { findWords } from '$lib/survey/words';

/** The browser's reading of an answer: the texts a form would hold for it. */
const asValues = (answer: unknown): string[] =>
	answer === undefined ? [] : Array.isArray(answer) ? answer.map(String) : [String(answer)];

describe('the page script reads the core module’s rules as the server does', () => {
	const rules = CORE_ITEMS.flatMap((item) => [item.showIf, item.endsIf?.when].filter((rule) => rule !== undefined));
	const answers: CoreAnswers[] = [
		{},
		{ C0: 'yes' },
		{ C0: 'no' },
		...[10, 14, 15, 16, 17, 18, 99].map((age) => ({ D2: age })),
		{ C1: 'no' },
		{ C1: 'yes' },
		...['yes', 'no', 'dk'].flatMap((answer) => [{ E1: answer }, { M1: answer }, { M2: answer }] as CoreAnswers[])
	];

	it.each(
		rules.flatMap((rule) => answers.map((given) => [JSON.stringify(rule), JSON.stringify(given), rule, given] as const))
	)('%s on %s', (_, __, rule, given) => {
		const client = testCondition(fromCoreCondition(rule), (question) => asValues(given[question as keyof CoreAnswers]));
		expect(client).toBe(serverCondition(rule, given));
	});
});

describe('the page script reads custom show-if rules as the server does', () => {
	const rules: ShowIf[] = [
		{ question: 'q', op: 'equals', value: 'a' },
		{ question: 'q', op: 'equals', value: 3 },
		{ question: 'q', op: 'one_of', value: ['a', 'b'] },
		{ question: 'q', op: 'greater_than', value: 17 },
		{ question: 'q', op: 'less_than', value: 2.5 }
	];
	const answers: unknown[] = [undefined, 'a', 'b', 'c', 3, 17, 18, 2, 2.5, ['a'], ['c', 'b'], ['x']];

	it.each(
		rules.flatMap((rule) =>
			answers.map((answer) => [JSON.stringify(rule), JSON.stringify(answer), rule, answer] as const)
		)
	)('%s on %s', (_, __, rule, answer) => {
		expect(testCondition(fromShowIf(rule), () => asValues(answer))).toBe(testShowIf(rule, { q: answer }));
	});
});

describe('the page script finds the problems the server would', () => {
	const custom = [
		customQuestionSchema.parse({
			code: 'count',
			type: 'integer',
			label: { en: 'How many?' },
			min: 0,
			max: 20,
			required: true
		}),
		customQuestionSchema.parse({ code: 'weight', type: 'decimal', label: { en: 'Weight?' }, min: 1 }),
		customQuestionSchema.parse({ code: 'when', type: 'date', label: { en: 'When?' } })
	];
	const fields = new Map(
		listSurveyFields(
			findWords('en'),
			{
				regions: [{ code: 'dakar', name: 'Dakar' }],
				signatureMessages: [{ en: 'a' }, { en: 'b' }],
				placeboMessage: { en: 'c' },
				organisation: 'O'
			},
			custom
		).map((field) => [field.id, field])
	);
	const server = (id: string, values: string[]): string | null => {
		const raw = fields.get(id)?.control === 'checkbox' ? values : values[0];
		if (values.length === 0) return 'required';
		const question = custom.find((q) => q.code === id);
		const parsed = question ? parseCustomAnswer(question, raw) : parseAnswer(getItem(id as 'D2'), raw, SETTINGS);
		return 'problem' in parsed ? parsed.problem : null;
	};

	it.each<[string, string[], string | null]>([
		['D2', ['22'], null],
		['D2', [], 'required'],
		['D2', ['vingt'], 'not_an_integer'],
		['D2', ['22.5'], 'not_an_integer'],
		['D2', ['9'], 'out_of_range'],
		['D2', ['100'], 'out_of_range'],
		['D2', [' 22 '], null],
		['D2', ['22.0'], 'not_an_integer'],
		['D2', ['٢٢'], null],
		['D2', ['۱۶'], null],
		['A1', ['ngo', 'embassy'], null],
		['A1', ['dk', 'ngo'], 'dk_not_alone'],
		['count', ['20'], null],
		['count', ['21'], 'out_of_range'],
		['weight', ['1,5'], null],
		['weight', ['٢,٥'], null],
		['count', ['٧'], null],
		['count', ['7.0'], 'not_an_integer'],
		['weight', ['0.5'], 'out_of_range'],
		['weight', ['lourd'], 'not_a_number'],
		['when', ['2026-05-01'], null],
		['when', ['mai'], 'not_a_date']
	])('%s %j → %s', (id, values, expected) => {
		const field = fields.get(id)!;
		expect(checkAnswer(field, values)).toBe(expected);
		expect(server(id, values)).toBe(expected);
	});

	it.each([
		['12', 12],
		[' 2,5 ', 2.5],
		['-3', -3],
		['1e3', null],
		['٢,٥', 2.5],
		['', null]
	])('reads the number %j as %j', (text, number) => {
		expect(readNumber(text)).toBe(number);
	});
});

describe('the page script reads digits as the core module does', () => {
	it.each(['22', ' 22 ', '-3', '٢٢', '۱۶', '22.0', '2,5', 'vingt', '', '1e3', '٢,٥'])('%j', async (text) => {
		const core = await import('$lib/core-module/numbers');
		const script = await import('$lib/survey/client/respondent.js');
		expect(script.normaliseDigits(text)).toBe(core.normaliseDigits(text));
		expect(script.readInteger(text)).toBe(core.readInteger(text));
		expect(script.readNumber(text)).toBe(core.readDecimal(text));
	});
});
