import { describe, expect, it } from 'vitest';
import { END_GUARDS, SQUASHED_END_GUARDS } from '$lib/server/xlsform/core-rows';
import {
	checkExpression,
	joinConditions,
	parseConstraint,
	parseRelevant,
	writeComparison,
	type Comparison
} from '$lib/server/xlsform/expressions';
import { findLanguage, parseTextColumn } from '$lib/server/xlsform/languages';
import { parseType } from '$lib/server/xlsform/question-types';
import { parseConstraintAsBefore, parseRelevantAsBefore } from './legacy-expressions';

describe('parseRelevant', () => {
	it.each([
		["${q} = 'x'", { name: 'q', op: 'equals', value: 'x' }],
		["${q}='x'", { name: 'q', op: 'equals', value: 'x' }],
		['${q} = "x y"', { name: 'q', op: 'equals', value: 'x y' }],
		['${q} = 3', { name: 'q', op: 'equals', value: 3 }],
		["selected(${q}, 'x')", { name: 'q', op: 'equals', value: 'x' }],
		["selected( ${q} ,'x' )", { name: 'q', op: 'equals', value: 'x' }],
		['${q} > 5', { name: 'q', op: 'greater_than', value: 5 }],
		['${q} < -2.5', { name: 'q', op: 'less_than', value: -2.5 }],
		["(${q} = 'x')", { name: 'q', op: 'one_of', value: ['x'] }],
		["(selected(${q}, 'a') or selected(${q}, 'b'))", { name: 'q', op: 'one_of', value: ['a', 'b'] }],
		["${q} = 'a' or ${q} = 'b' or ${q} = 'c'", { name: 'q', op: 'one_of', value: ['a', 'b', 'c'] }],
		["${C0} = 'yes' and ${D2} >= 15 and ${C1} != 'no' and ${q} = 'x'", { name: 'q', op: 'equals', value: 'x' }],
		["${C0}='yes' and ${D2}>=15 and ${C1}!='no'", null],
		['', null]
	])('%s', (expression, expected) => {
		expect(parseRelevant(expression, SQUASHED_END_GUARDS)).toEqual(expected);
	});

	it.each([
		"${a} = 'x' and ${b} = 'y'",
		"${a} = 'x' or ${b} = 'y'",
		"not(${a} = 'x')",
		'${a} >= 3',
		"${a} != 'x'",
		'string-length(${a}) > 3',
		'${a} = ${b}',
		'count-selected(${a}) > 1',
		'${a} > 3 or ${a} < 1',
		'${a} = 1 or ${a} = 2',
		"${a} = 'x' and",
		'true()'
	])('%s is not a show-if rule', (expression) => {
		expect(parseRelevant(expression, SQUASHED_END_GUARDS)).toBe('unsupported');
	});
});

describe('writeComparison', () => {
	it.each<[Comparison, boolean, string]>([
		[{ name: 'q', op: 'equals', value: 'x' }, false, "${q} = 'x'"],
		[{ name: 'q', op: 'equals', value: 'x' }, true, "selected(${q}, 'x')"],
		[{ name: 'q', op: 'equals', value: "l'eau" }, false, '${q} = "l\'eau"'],
		[{ name: 'q', op: 'equals', value: 4 }, false, '${q} = 4'],
		[{ name: 'q', op: 'one_of', value: ['a', 'b'] }, false, "(${q} = 'a' or ${q} = 'b')"],
		[{ name: 'q', op: 'one_of', value: ['a', 'b'] }, true, "(selected(${q}, 'a') or selected(${q}, 'b'))"],
		[{ name: 'q', op: 'greater_than', value: 3 }, false, '${q} > 3'],
		[{ name: 'q', op: 'less_than', value: 3 }, false, '${q} < 3']
	])('%j (several answers: %s) → %s, and back', (comparison, multiple, expression) => {
		const written = writeComparison(comparison, multiple);
		expect(written).toBe(expression);
		expect(parseRelevant(written, new Set())).toEqual(comparison);
	});
});

describe('joinConditions', () => {
	it('joins with and, each condition once, leaving out empty ones', () => {
		expect(joinConditions(["${C0} = 'yes'", '${D2} >= 15', '', '${D2} >= 15 and ${D2} <= 17'])).toBe(
			"${C0} = 'yes' and ${D2} >= 15 and ${D2} <= 17"
		);
	});
});

describe('parseConstraint', () => {
	it.each([
		['. >= 1', { min: 1, max: null }],
		['. <= 10', { min: null, max: 10 }],
		['. >= 1 and . <= 10', { min: 1, max: 10 }],
		['.<=10 and .>=1', { min: 1, max: 10 }],
		['(. >= 0.5) and (. <= 2.5)', { min: 0.5, max: 2.5 }],
		['. >= -5', { min: -5, max: null }],
		['. > 3', null],
		["regex(., '^a')", null],
		['. >= 10 and . <= 1', null],
		['. >= 1 and . >= 2', null],
		['. >= 1 or . <= 3', null],
		['. >= ${other}', null]
	])('%s', (expression, expected) => {
		expect(parseConstraint(expression)).toEqual(expected);
	});
});

describe('parseType', () => {
	it.each([
		['integer', { kind: 'question', type: 'integer' }],
		['int', { kind: 'question', type: 'integer' }],
		['Decimal', { kind: 'question', type: 'decimal' }],
		['text', { kind: 'question', type: 'text' }],
		['string', { kind: 'question', type: 'text' }],
		['date', { kind: 'question', type: 'date' }],
		['note', { kind: 'question', type: 'note' }],
		['select_one Yes_No', { kind: 'select', multiple: false, list: 'Yes_No', other: false }],
		['select one from sexes', { kind: 'select', multiple: false, list: 'sexes', other: false }],
		['select one from sexes or specify other', { kind: 'select', multiple: false, list: 'sexes', other: true }],
		['select_one sexes or_other', { kind: 'select', multiple: false, list: 'sexes', other: true }],
		['select_multiple  media', { kind: 'select', multiple: true, list: 'media', other: false }],
		['select all that apply from media', { kind: 'select', multiple: true, list: 'media', other: false }],
		['select_one', { kind: 'select', multiple: false, list: '', other: false }],
		['begin group', { kind: 'begin_group' }],
		['begin_group', { kind: 'begin_group' }],
		['End Group', { kind: 'end_group' }],
		['begin repeat', { kind: 'begin_repeat' }],
		['end_repeat', { kind: 'end_repeat' }],
		['start', { kind: 'metadata' }],
		['end', { kind: 'metadata' }],
		['deviceid', { kind: 'identifying', what: 'person' }],
		['calculate', { kind: 'question', type: 'calculate' }],
		['geopoint', { kind: 'identifying', what: 'location' }],
		['image', { kind: 'identifying', what: 'media' }],
		['uri:phonenumber', { kind: 'identifying', what: 'person' }],
		['select_one_from_file places.csv', { kind: 'unsupported' }],
		['range', { kind: 'question', type: 'range' }],
		['dateTime', { kind: 'question', type: 'datetime' }],
		['trigger', { kind: 'question', type: 'acknowledge' }],
		['constructor', { kind: 'unsupported' }]
	])('%s', (text, expected) => {
		expect(parseType(text)).toEqual(expected);
	});
});

describe('languages', () => {
	it.each([
		['English', 'en'],
		['Anglais', 'en'],
		['English (en)', 'en'],
		['Français (fr)', 'fr'],
		['french', 'fr'],
		['Português', 'pt'],
		['Portuguese (pt-BR)', 'pt'],
		['Español', 'es'],
		['Spanish (es)', 'es'],
		['العربية', 'ar'],
		['Arabic (ar)', 'ar'],
		['ar', 'ar'],
		['Swahili (sw)', null],
		['constructor', null],
		['', null]
	])('%s → %s', (text, language) => {
		expect(findLanguage(text)).toBe(language);
	});

	it.each([
		['label', { field: 'label', kind: 'default' }],
		['Label::English (en)', { field: 'label', kind: 'language', language: 'en' }],
		['label:french', { field: 'label', kind: 'language', language: 'fr' }],
		['hint::العربية (ar)', { field: 'hint', kind: 'language', language: 'ar' }],
		['hint:Swahili', { field: 'hint', kind: 'unsupported', name: 'Swahili' }],
		['media::image', null],
		['labels', null]
	])('%s', (header, column) => {
		expect(parseTextColumn(header)).toEqual(column);
	});
});

describe('the parser reads every condition the regular expressions took as they did', () => {
	const atoms = [
		"${q} = 'x'",
		"${q}='y'",
		'${q} = "a b"',
		'${q} = 3',
		'${q} > -2.5',
		'${q} < 10',
		"selected(${q}, 'x')",
		"selected( ${q} ,'z' )",
		"${r} = 'x'",
		"${q} != 'x'",
		'${q} >= 3',
		'${q} = ${r}',
		'true()',
		"not(${q} = 'x')",
		'string-length(${q}) > 3',
		...END_GUARDS
	];
	const wrap = (text: string, times: number) => '('.repeat(times) + text + ')'.repeat(times);
	const singles = atoms.flatMap((atom) => [0, 1, 2].map((times) => wrap(atom, times)));
	const pairs = atoms.flatMap((a) =>
		atoms.flatMap((b) =>
			['and', 'or'].flatMap((op) =>
				[0, 1].flatMap((outer) => [0, 1].map((inner) => wrap(`${wrap(a, inner)} ${op} ${b}`, outer)))
			)
		)
	);
	const chains = [
		"${q} = 'a' or ${q} = 'b' or ${q} = 'c'",
		"(${q} = 'a' or (${q} = 'b') or ((${q} = 'c')))",
		"${C0} = 'yes' and ${D2} >= 15 and ${C1} != 'no' and (${q} = 'a' or ${q} = 'b')",
		"${C0}='yes' and ${D2}>=15 and ${C1}!='no'",
		"${q} = 'rock and roll' or ${q} = \"l'or\""
	];

	it.each([...singles, ...pairs, ...chains])('relevant %s', (expression) => {
		expect(parseRelevant(expression, SQUASHED_END_GUARDS)).toEqual(
			parseRelevantAsBefore(expression, SQUASHED_END_GUARDS)
		);
	});

	const bounds = ['. >= 1', '.<=10', '. >= -5', '. <= 2.5', '. > 3', '. >= ${a}', "regex(., '^a')", '. = 1'];
	const constraints = bounds.flatMap((a) =>
		[...bounds, ''].flatMap((b) => [0, 1].map((times) => (b === '' ? wrap(a, times) : `${wrap(a, times)} and ${b}`)))
	);

	it.each([...constraints, '. >= 1 and . <= 2 and . <= 3', '((. >= 1 and . <= 2))', '. >= 1 or . <= 3'])(
		'constraint %s',
		(expression) => {
			expect(parseConstraint(expression)).toEqual(parseConstraintAsBefore(expression));
		}
	);

	it.each([
		// XPath binds `and` before `or`: the regular expressions split on `and` first and read a rule that the form does not say.
		["${q} = 'a' or ${q} = 'b' and ${C0} = 'yes'", { name: 'q', op: 'one_of', value: ['a', 'b'] }, 'unsupported'],
		// Spaces XPath allows, which the regular expressions did not.
		["selected (${q}, 'x')", 'unsupported', { name: 'q', op: 'equals', value: 'x' }],
		['${q} = - 2', 'unsupported', { name: 'q', op: 'equals', value: -2 }]
	] as const)('%s: now as XPath reads it', (expression, before, now) => {
		expect(parseRelevantAsBefore(expression, SQUASHED_END_GUARDS)).toEqual(before);
		expect(parseRelevant(expression, SQUASHED_END_GUARDS)).toEqual(now);
	});

	it.each([
		[
			'a relevant',
			'parseRelevant',
			() => parseRelevant('('.repeat(60_000) + "${q} = 'x'" + ')'.repeat(60_000), SQUASHED_END_GUARDS),
			'unsupported'
		],
		['a constraint', 'parseConstraint', () => parseConstraint('('.repeat(5_000) + '. >= 1' + ')'.repeat(5_000)), null]
	])('%s nested beyond the limit is not taken', (_what, _name, read, expected) => {
		expect(read()).toEqual(expected);
	});
});

describe('checkExpression', () => {
	it.each([
		["${q} = 'x'", null],
		['not a valid ((( expression', null],
		['('.repeat(101) + ')'.repeat(101), 'too_deep'],
		['-'.repeat(101) + '1', 'too_deep'],
		["'" + 'x'.repeat(10_000) + "'", 'too_long']
	])('%s', (expression, expected) => {
		expect(checkExpression(expression)).toBe(expected);
	});
});
