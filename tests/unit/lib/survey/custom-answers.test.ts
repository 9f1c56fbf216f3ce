import { describe, expect, it } from 'vitest';
import { listAskedQuestions, parseCustomAnswer, testShowIf, validateCustomAnswers } from '$lib/survey/custom-answers';
import { customQuestionSchema, type CustomQuestion, type ShowIf } from '$lib/survey/custom-question';

function question(type: string, extra: object = {}): CustomQuestion {
	const options =
		type === 'single' || type === 'multiple' || type === 'rank'
			? [
					{ code: 'a', label: { fr: 'A' } },
					{ code: 'b', label: { fr: 'B' } }
				]
			: [];
	return customQuestionSchema.parse({ code: `q_${type}`, type, label: { fr: type }, options, ...extra });
}

describe('parseCustomAnswer', () => {
	it.each<[string, object, unknown, unknown]>([
		['single', {}, 'a', { value: 'a' }],
		['single', {}, ' b ', { value: 'b' }],
		['single', {}, 'c', { problem: 'not_an_option' }],
		['multiple', {}, ['b', 'a'], { value: ['a', 'b'] }],
		['multiple', {}, 'a b', { value: ['a', 'b'] }],
		['multiple', {}, ['a', 'a'], { problem: 'duplicate' }],
		['multiple', {}, ['a', 'z'], { problem: 'not_an_option' }],
		['multiple', {}, 4, { problem: 'not_a_list' }],
		['yes_no', {}, 'yes', { value: 'yes' }],
		['yes_no', {}, 'dk', { problem: 'not_an_option' }],
		['scale_5', {}, '5', { value: 5 }],
		['scale_5', {}, 6, { problem: 'out_of_range' }],
		['scale_5', {}, '2.5', { problem: 'not_an_integer' }],
		['integer', { min: 0, max: 20 }, '12', { value: 12 }],
		['integer', { min: 0, max: 20 }, '-1', { problem: 'out_of_range' }],
		['integer', {}, 'douze', { problem: 'not_an_integer' }],
		['decimal', { min: 0 }, '2,5', { value: 2.5 }],
		['decimal', {}, '2.5.1', { problem: 'not_a_number' }],
		['decimal', { max: 10 }, 10.5, { problem: 'out_of_range' }],
		['text', {}, '  Kolda  ', { value: 'Kolda' }],
		['text', {}, 'x'.repeat(501), { problem: 'too_long' }],
		['long_text', {}, 'x'.repeat(5000), { value: 'x'.repeat(5000) }],
		['long_text', {}, 'one\r\ntwo\rthree\nfour', { value: 'one\ntwo\nthree\nfour' }],
		['long_text', {}, 'a\u0000b\tc\u001b[0m\u007f\nd', { value: 'ab\tc[0m\nd' }],
		['date', {}, '2026-02-28', { value: '2026-02-28' }],
		['date', {}, '2026-02-30', { problem: 'not_a_date' }],
		['date', {}, '28/02/2026', { problem: 'not_a_date' }],
		['rank', {}, ['b', 'a'], { value: ['b', 'a'] }],
		['rank', {}, 'a b', { value: ['a', 'b'] }],
		['rank', {}, ['a', 'a'], { problem: 'not_a_ranking' }],
		['rank', {}, ['a'], { problem: 'not_a_ranking' }],
		['rank', {}, ['a', 'z'], { problem: 'not_a_ranking' }],
		['rank', {}, ['a', ''], { problem: 'not_a_ranking' }],
		['time', {}, '07:05', { value: '07:05' }],
		['time', {}, '14:30:00.000+00:00', { value: '14:30' }],
		['time', {}, '24:00', { problem: 'not_a_time' }],
		['time', {}, '7h05', { problem: 'not_a_time' }],
		['datetime', {}, '2026-12-07T09:15', { value: '2026-12-07T09:15' }],
		['datetime', {}, '2026-12-07T09:15:42.120+0100', { value: '2026-12-07T09:15+01:00' }],
		['datetime', {}, '2026-12-07 09:15:00Z', { value: '2026-12-07T09:15Z' }],
		['datetime', {}, '2026-02-30T09:15', { problem: 'not_a_datetime' }],
		['datetime', {}, '2026-12-07', { problem: 'not_a_datetime' }],
		['acknowledge', {}, 'OK', { value: 'OK' }],
		['acknowledge', {}, ['OK'], { value: 'OK' }],
		['acknowledge', {}, 'yes', { problem: 'not_an_option' }],
		['calculate', { calculation: '1 + 1' }, '12', { value: 12 }],
		['calculate', { calculation: '1 + 1' }, '007', { value: '007' }],
		['calculate', { calculation: '1 + 1' }, 'Kol\u0000da', { value: 'Kolda' }],
		['note', {}, 'anything', { problem: 'must_be_absent' }]
	])('%s %j: %j → %j', (type, extra, raw, expected) => {
		expect(parseCustomAnswer(question(type, extra), raw)).toEqual(expected);
	});
});

describe('text with line breaks', () => {
	it('is measured with its line breaks as line feeds, as a textarea counts them', () => {
		const typed = 'x\r\n'.repeat(2500);
		expect(parseCustomAnswer(question('long_text'), typed)).toEqual({ value: 'x\n'.repeat(2499) + 'x' });
	});
});

describe('testShowIf', () => {
	const rule = (op: ShowIf['op'], value: ShowIf['value']): ShowIf => ({ question: 'q', op, value });
	it.each<[ShowIf, unknown, boolean]>([
		[rule('equals', 'yes'), 'yes', true],
		[rule('equals', 'yes'), 'no', false],
		[rule('equals', 3), '3', true],
		[rule('equals', 'a'), ['b', 'a'], true],
		[rule('one_of', ['a', 'c']), 'c', true],
		[rule('one_of', ['a', 'c']), ['b'], false],
		[rule('greater_than', 17), 18, true],
		[rule('greater_than', 17), '17', false],
		[rule('less_than', 3), '2', true],
		[rule('less_than', 3), ['2'], false],
		[rule('equals', 'yes'), undefined, false],
		[rule('equals', ''), '', false]
	])('%j with %j → %s', (showIf, answer, expected) => {
		expect(testShowIf(showIf, { q: answer })).toBe(expected);
	});
});

describe('listAskedQuestions', () => {
	const first = question('yes_no', { code: 'first' });
	const second = question('text', { code: 'second', showIf: { question: 'first', op: 'equals', value: 'yes' } });
	const third = question('text', { code: 'third', showIf: { question: 'second', op: 'equals', value: 'x' } });
	const onCore = question('text', { code: 'on_core', showIf: { question: 'E1', op: 'equals', value: 'yes' } });
	const codes = (answers: Record<string, unknown>, core: string[] = []) =>
		listAskedQuestions([first, second, third, onCore], answers, new Set(core)).map((q) => q.code);

	it('asks a question when its rule holds on a question asked', () => {
		expect(codes({ first: 'yes', second: 'x', E1: 'yes' }, ['E1'])).toEqual(['first', 'second', 'third', 'on_core']);
	});

	it('leaves out a question whose rule looks at one left out, even if an old answer is still there', () => {
		expect(codes({ first: 'no', second: 'x' })).toEqual(['first']);
	});

	it('leaves out a rule on a core item that was not asked', () => {
		expect(codes({ first: 'no', E1: 'yes' }, [])).toEqual(['first']);
	});
});

describe('validateCustomAnswers', () => {
	const required = question('single', { code: 'req', required: true });
	const optional = question('text', { code: 'opt' });
	const note = question('note', { code: 'info', required: true });
	const all = [required, optional, note];

	it.each<[string, Record<string, unknown>, CustomQuestion[], object, object]>([
		['valid answers', { req: 'a', opt: 'fine' }, all, {}, { ok: true, answers: { req: 'a', opt: 'fine' } }],
		[
			'a required question left blank',
			{ opt: 'x' },
			all,
			{},
			{ ok: false, problems: [{ item: 'req', code: 'required' }] }
		],
		[
			'a required question answered with control characters only',
			{ req: '\u0000\u0007 ', opt: '\u0000' },
			all,
			{},
			{ ok: false, problems: [{ item: 'req', code: 'required' }] }
		],
		['blank allowed on imports', {}, all, { allowMissing: true }, { ok: true, answers: {} }],
		[
			'an answer to a question not asked',
			{ req: 'a', opt: 'x' },
			[required],
			{},
			{ ok: false, problems: [{ item: 'opt', code: 'must_be_absent' }] }
		],
		[
			'an answer to a note',
			{ req: 'a', info: 'x' },
			all,
			{},
			{ ok: false, problems: [{ item: 'info', code: 'must_be_absent' }] }
		],
		['not required when not asked', {}, [], {}, { ok: true, answers: {} }]
	])('%s', (_, input, asked, options, expected) => {
		expect(validateCustomAnswers(all, input, asked, options)).toEqual(expected);
	});
});

describe('names every object answers to', () => {
	// A question stored before `constructor` was a reserved code: its answer is read as given, never inherited.
	const inherited = { ...question('text'), code: 'constructor' } as CustomQuestion;

	it('leaves a question unanswered when nothing was sent for it', () => {
		expect(validateCustomAnswers([inherited], {}, [inherited])).toEqual({ ok: true, answers: {} });
		expect(validateCustomAnswers([{ ...inherited, required: true }], {}, [inherited])).toMatchObject({
			ok: false,
			problems: [{ item: 'constructor', code: 'required' }]
		});
	});

	it('takes the answer sent for it', () => {
		expect(validateCustomAnswers([inherited], { constructor: 'x' }, [inherited])).toEqual({
			ok: true,
			answers: { constructor: 'x' }
		});
	});

	it('reads a show-if rule on it as unanswered', () => {
		expect(testShowIf({ question: 'constructor', op: 'one_of', value: ['x'] }, {})).toBe(false);
		// What reading the name on a plain object gives, written as a rule's value: still not an answer.
		expect(testShowIf({ question: 'constructor', op: 'equals', value: String(Object) }, {})).toBe(false);
	});
});
