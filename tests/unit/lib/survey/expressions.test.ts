import { describe, expect, it } from 'vitest';
import {
	calculate,
	checkExpression,
	MOST_EVALUATION_WORK,
	MOST_OPERATORS,
	MOST_TEXT_LENGTH,
	testExpression,
	type Scope
} from '$lib/survey/client/expressions.js';

const ANSWERS: Record<string, string | number | string[]> = {
	age: 34,
	name: 'Awa Diop',
	colour: 'red',
	fruits: ['mango', 'baobab'],
	born: '1991-04-02',
	code: '007',
	empty: ''
};

const scope: Scope = {
	read: (name) => ANSWERS[name] ?? null,
	today: '2026-12-07',
	now: '2026-12-07T10:30:00.000Z'
};

describe('testExpression: what Kobo and ODK forms write', () => {
	it.each([
		['${age} >= 18', true],
		['${age} > 34', false],
		['${age} = 34 and ${colour} = "red"', true],
		["${age} < 18 or ${colour} != 'red'", false],
		["not(${colour} = 'blue')", true],
		["selected(${fruits}, 'mango')", true],
		["selected(${fruits}, 'lime')", false],
		['count-selected(${fruits}) = 2', true],
		["selected-at(${fruits}, 1) = 'baobab'", true],
		['string-length(${name}) = 8', true],
		["if(${age} > 30, 'older', 'younger') = 'older'", true],
		["concat(${colour}, '-', ${age}) = 'red-34'", true],
		['${age} + 1 = 35 and ${age} - 4 = 30 and ${age} * 2 = 68', true],
		['${age} div 4 = 8.5 and ${age} mod 5 = 4', true],
		['-${age} = -34', true],
		// A number compared with a text reads the text as a number; texts compare as texts.
		["${age} = '34'", true],
		["${code} = '007'", true],
		['${code} = 7', true],
		// An unanswered question is the empty text: no number, no choice.
		['${missing} > 0', false],
		["${missing} = ''", true],
		["selected(${missing}, 'x')", false],
		['${empty} = 0', false],
		// Dates compare and subtract as days, as ODK does.
		['${born} < today()', true],
		['today() - ${born} > 365 * 30', true],
		["date('2026-12-08') > today()", true],
		['coalesce(${missing}, ${colour}) = "red"', true],
		["contains(${name}, 'Diop') and starts-with(${name}, 'Awa') and ends-with(${name}, 'op')", true],
		["substr(${name}, 0, 3) = 'Awa'", true],
		['round(2.45, 1) = 2.5 and int(-2.7) = -2 and abs(-3) = 3 and pow(2, 10) = 1024', true],
		['max(1, ${age}, 3) = 34 and min(5, 2) = 2', true],
		['true() and not(false())', true],
		['boolean(${name}) and not(boolean(${missing}))', true],
		["normalize-space('  a   b ') = 'a b'", true]
	])('%s', (expression, expected) => {
		expect(testExpression(expression, scope)).toBe(expected);
	});

	it('reads `.` as the answer a constraint checks', () => {
		expect(testExpression('. >= 15 and . <= 99', { ...scope, self: 34 })).toBe(true);
		expect(testExpression('. >= 15 and . <= 99', { ...scope, self: 12 })).toBe(false);
		expect(testExpression('string-length(.) <= 3', { ...scope, self: 'abcd' })).toBe(false);
	});

	it('reads bare names as a choice’s columns in a choice filter', () => {
		const columns: Record<string, string> = { name: 'dakar', country: 'sn' };
		const choice = { ...scope, column: (name: string) => columns[name] ?? '' };
		expect(testExpression("country = 'sn' and name != 'thies'", choice)).toBe(true);
		expect(testExpression('country = ${colour}', choice)).toBe(false);
	});
});

describe('calculate', () => {
	it.each([
		['${age} * 2', 68],
		["concat(${name}, ' (', ${age}, ')')", 'Awa Diop (34)'],
		['${age} > 18', 'true'],
		['${missing}', ''],
		['1 div 0', ''],
		['0.1 + 0.2', 0.30000000000000004],
		["if(selected(${fruits}, 'mango'), 'yes', 'no')", 'yes'],
		['today()', '2026-12-07'],
		['date(today() + 1)', '2026-12-08']
	])('%s', (expression, expected) => {
		expect(calculate(expression, scope)).toBe(expected);
	});
});

describe('checkExpression', () => {
	it.each([
		['${a} = 1', { ok: true, references: ['a'], self: false }],
		['. > ${b} and ${a}', { ok: true, references: ['b', 'a'], self: true }],
		["regex(., '[0-9]+')", { ok: false, error: 'function', name: 'regex' }],
		['selected(${a})', { ok: false, error: 'function', name: 'selected' }],
		['/data/a = 1', { ok: false, error: 'syntax' }],
		["country = 'sn'", { ok: false, error: 'path', name: 'country' }],
		['count(${a} | ${b})', { ok: false, error: 'function', name: 'count' }],
		['${a} | ${b}', { ok: false, error: 'union' }],
		['(1', { ok: false, error: 'syntax' }]
	])('%s', (expression, expected) => {
		expect(checkExpression(expression)).toMatchObject(expected);
	});

	it('takes bare names in a choice filter', () => {
		expect(checkExpression("country = 'sn'", { columns: true })).toMatchObject({ ok: true, references: [] });
	});
});

describe('an expression built to hurt', () => {
	it('stops once a scope has spent MOST_EVALUATION_WORK, giving the empty text', () => {
		const long = 'x'.repeat(9_999);
		const own: Scope = { ...scope, read: (name) => (name === 'long' ? long : null), work: { spent: 0 } };
		const lengths = Array.from({ length: 120 }, () => calculate('string-length(${long})', own));
		const answered = lengths.indexOf('');
		// Each read of the text pays for it: some hundred, then nothing more.
		expect(answered).toBeGreaterThan(Math.floor(MOST_EVALUATION_WORK / (long.length + 100)));
		expect(answered).toBeLessThanOrEqual(Math.ceil(MOST_EVALUATION_WORK / long.length));
		expect(lengths.slice(0, answered)).toEqual(Array(answered).fill(long.length));
		expect(lengths.slice(answered)).toEqual(Array(120 - answered).fill(''));
		expect(own.work!.spent).toBeLessThanOrEqual(MOST_EVALUATION_WORK + long.length + 100);
		// A copy of the scope (a constraint's, with its own answer) spends from the same count.
		expect(testExpression('. = 1', { ...own, self: 1 })).toBe(false);
		// Another response, another scope: the work starts again.
		expect(calculate('string-length(${long})', { ...own, work: { spent: 0 } })).toBe(long.length);
	});

	it('splits a list once however often it is named (a filter names it once an option), and pays for it then', () => {
		const codes = Array.from({ length: 3000 }, (_, i) => `c${i % 10}`);
		const own: Scope = { ...scope, read: (name) => (name === 'codes' ? codes : null), work: { spent: 0 } };
		expect(calculate('count-selected(${codes})', own)).toBe(3000);
		const first = own.work!.spent;
		expect(first).toBeGreaterThan(2 * 3000 * 3);
		for (let i = 0; i < 1000; i++) expect(testExpression("selected(${codes}, 'c7')", own)).toBe(true);
		expect((own.work!.spent - first) / 1000).toBeLessThan(100);
	});

	it("pays for a list function's other texts, read each time", () => {
		const digits = '0'.repeat(5000);
		const own: Scope = { ...scope, read: (name) => (name === 'digits' ? digits : ['a', 'b']), work: { spent: 0 } };
		expect(calculate('selected-at(${codes}, ${digits})', own)).toBe('a');
		expect(own.work!.spent).toBeGreaterThanOrEqual(digits.length);
	});

	it('pays for a list too long to be a text when it is joined, and for a text made anew each time it is read', () => {
		const list = Array.from({ length: 5000 }, (_, i) => `option_${String(i).padStart(56, '0')}`);
		const text = 'a '.repeat(3999) + 'a';
		const own: Scope = {
			...scope,
			read: (name) => (name === 'list' ? list : name === 'text' ? text : null),
			work: { spent: 0 }
		};
		expect(calculate('count-selected(${list})', own)).toBe(0);
		expect(own.work!.spent).toBeGreaterThanOrEqual(5000 * 64);
		const counts = Array.from({ length: 200 }, () => calculate("count-selected(concat(${text}, ' b'))", own));
		expect(counts[0]).toBe(4001);
		expect(counts.at(-1)).toBe('');
	});

	it('gives the empty text for a text longer than MOST_TEXT_LENGTH, never a longer one', () => {
		const long = 'x'.repeat(MOST_TEXT_LENGTH / 2 + 1);
		const own = { ...scope, read: (name: string) => (name === 'long' ? long : null) };
		expect(calculate('concat(${long}, ${long})', own)).toBe('');
		expect(calculate('string-length(concat(${long}, ${long}))', own)).toBe(0);
		expect(calculate("concat(${long}, 'y')", own)).toBe(`${long}y`);
	});

	it.each<[string, string]>([
		["date('2024-02-29')", '2024-02-29'],
		["date('2000-02-29')", '2000-02-29'],
		["date('0000-02-29')", '0000-02-29'],
		["date('2023-02-29')", ''],
		["date('2024-02-30')", ''],
		["date('2024-13-01')", ''],
		["date('2024-00-10')", ''],
		["date('2024-04-31T10:00')", ''],
		["date('2024-04-30T24:00')", ''],
		["date('2024-04-30T23:60')", ''],
		["date('2024-04-30T23:59:60')", ''],
		["date('2024-04-30T23:59:59.5+02:00')", '2024-04-30']
	])('reads %s as every engine does: %j', (expression, date) => {
		expect(calculate(expression, scope)).toBe(date);
	});

	it.each(['date(100000001)', 'date(pow(10, 20))', 'date(-100000001)', "date('99999-01-01')"])(
		'gives no date for %s, beyond what a date can be, rather than failing',
		(expression) => {
			expect(calculate(expression, scope)).toBe('');
		}
	);

	it('reads no object’s inner names as a choice’s columns or an answer', () => {
		const columns = JSON.parse('{"country":"sn"}') as Record<string, string>;
		const choice = {
			...scope,
			column: (name: string) => (Object.hasOwn(columns, name) ? columns[name] : '')
		};
		expect(testExpression('constructor > 0 or string-length(toString) > 0', choice)).toBe(false);
		const odd = { ...scope, read: () => ({}) as unknown as string, column: () => (() => 1) as unknown as string };
		expect(calculate('concat(${a}, b)', odd)).toBe('');
	});
});
