import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, validateAnswers, type Problem } from '$lib/core-module/validate';
import { ADULT, ALL_DK, SETTINGS } from './respondents';

type Raw = Record<string, unknown>;

/** ADULT as a form would post it, with some answers changed; `undefined` removes one. */
const posted = (changes: Raw = {}): Raw =>
	Object.fromEntries(Object.entries({ ...ADULT, ...changes }).filter(([, value]) => value !== undefined));

const NO_WISH: Raw = { M1: 'no', M2: undefined, M3: undefined };
const GUARDIAN_REFUSED: Raw = { C0: 'yes', D1: 'male', D2: 15, C1: 'no' };

describe('validateAnswers accepts', () => {
	it.each<[string, Raw, string, Raw]>([
		['a complete adult', posted(), 'complete', ADULT],
		['someone who answers dk wherever offered', ALL_DK, 'complete', ALL_DK],
		['numbers sent as text', posted({ D2: '22', I1: '4', R1: '5', TR1: '3' }), 'complete', ADULT],
		['a list in any order', posted({ E2: ['school', 'radio'] }), 'complete', ADULT],
		['a minor whose guardian agreed', posted({ D2: 16, C1: 'yes' }), 'complete', { ...ADULT, D2: 16, C1: 'yes' }],
		['no exposure, E2 skipped', posted({ E1: 'no', E2: undefined }), 'complete', posted({ E1: 'no', E2: undefined })],
		['empty E2 when skipped', posted({ E1: 'dk', E2: [] }), 'complete', posted({ E1: 'dk', E2: undefined })],
		['no wish to migrate', posted(NO_WISH), 'complete', posted(NO_WISH)],
		['no plan, M3 skipped', posted({ M2: 'dk', M3: undefined }), 'complete', posted({ M2: 'dk', M3: undefined })],
		['a refusal of consent', { C0: 'no' }, 'refused', { C0: 'no' }],
		['a child of 12', { C0: 'yes', D1: 'male', D2: 12 }, 'not_eligible', { C0: 'yes', D1: 'male', D2: 12 }],
		['a guardian who refused', GUARDIAN_REFUSED, 'refused', GUARDIAN_REFUSED],
		['blank answers after an ending', { C0: 'no', D1: '', E2: [], D2: null }, 'refused', { C0: 'no' }]
	])('%s', (_, input, outcome, answers) => {
		expect(validateAnswers(input, SETTINGS)).toEqual({ ok: true, outcome, answers });
	});

	it('takes five signature messages when the campaign has five', () => {
		const input = posted({ E3_4: 'no', E3_5: 'yes' });
		expect(validateAnswers(input, { ...SETTINGS, signatureMessageCount: 5 })).toMatchObject({ ok: true });
	});
});

const REFUSED: [string, Raw, Problem[]][] = [
	['a missing item', posted({ D4: undefined }), [{ item: 'D4', code: 'required' }]],
	['a missing signature message', posted({ E3_3: undefined }), [{ item: 'E3_3', code: 'required' }]],
	['no source after exposure yes', posted({ E2: [] }), [{ item: 'E2', code: 'required' }]],
	['no guardian answer for a minor', posted({ D2: 17 }), [{ item: 'C1', code: 'required' }]],
	['no way of travel after a plan', posted({ M3: undefined }), [{ item: 'M3', code: 'required' }]],
	['an empty text', posted({ S1: '' }), [{ item: 'S1', code: 'required' }]],
	['consent not given either way', {}, [{ item: 'C0', code: 'required' }]],
	['an unknown sex code', posted({ D1: 'man' }), [{ item: 'D1', code: 'not_an_option' }]],
	['a region of another campaign', posted({ D3: 'paris' }), [{ item: 'D3', code: 'not_an_option' }]],
	['yes to a true/false item', posted({ K1: 'yes' }), [{ item: 'K1', code: 'not_an_option' }]],
	['an unknown channel', posted({ E2: ['radio', 'cinema'] }), [{ item: 'E2', code: 'not_an_option' }]],
	['an unknown way of travel', posted({ M3: 'boat' }), [{ item: 'M3', code: 'not_an_option' }]],
	['a number for a yes/no item', posted({ D5: 1 }), [{ item: 'D5', code: 'not_an_option' }]],
	['a code in the wrong case', posted({ T1: 'Yes' }), [{ item: 'T1', code: 'not_an_option' }]],
	['dk for a yes/no item', posted({ D5: 'dk' }), [{ item: 'D5', code: 'dk_not_offered' }]],
	['dk for P1', posted({ P1: 'dk' }), [{ item: 'P1', code: 'dk_not_offered' }]],
	['dk for the age', posted({ D2: 'dk' }), [{ item: 'D2', code: 'dk_not_offered' }]],
	['dk for I1', posted({ I1: 'dk' }), [{ item: 'I1', code: 'dk_not_offered' }]],
	['dk for the region', posted({ D3: 'dk' }), [{ item: 'D3', code: 'dk_not_offered' }]],
	['dk among the channels', posted({ E2: ['dk'] }), [{ item: 'E2', code: 'dk_not_offered' }]],
	['an age of 100', posted({ D2: 100 }), [{ item: 'D2', code: 'out_of_range' }]],
	['an age of 9', posted({ D2: '9' }), [{ item: 'D2', code: 'out_of_range' }]],
	['I1 of 0', posted({ I1: 0 }), [{ item: 'I1', code: 'out_of_range' }]],
	['R1 of 6', posted({ R1: 6 }), [{ item: 'R1', code: 'out_of_range' }]],
	['TR1 of 5', posted({ TR1: 5 }), [{ item: 'TR1', code: 'out_of_range' }]],
	['a fraction', posted({ I1: 3.5 }), [{ item: 'I1', code: 'not_an_integer' }]],
	['an age in words', posted({ D2: 'twenty' }), [{ item: 'D2', code: 'not_an_integer' }]],
	['a decimal text', posted({ R1: '4.0' }), [{ item: 'R1', code: 'not_an_integer' }]],
	['a list for a scale', posted({ TR2: [3] }), [{ item: 'TR2', code: 'not_an_integer' }]],
	['sources after exposure no', posted({ E1: 'no' }), [{ item: 'E2', code: 'must_be_absent' }]],
	['dk for a skipped item', posted({ E1: 'no', E2: 'dk' }), [{ item: 'E2', code: 'must_be_absent' }]],
	['a plan after no wish', posted({ M1: 'dk', M3: undefined }), [{ item: 'M2', code: 'must_be_absent' }]],
	['a way of travel after no plan', posted({ M2: 'no' }), [{ item: 'M3', code: 'must_be_absent' }]],
	['a guardian answer for an adult', posted({ C1: 'yes' }), [{ item: 'C1', code: 'must_be_absent' }]],
	['a fourth message in a campaign of three', posted({ E3_4: 'no' }), [{ item: 'E3_4', code: 'must_be_absent' }]],
	['answers after a refusal', { C0: 'no', D1: 'female' }, [{ item: 'D1', code: 'must_be_absent' }]],
	['answers from a child', { C0: 'yes', D1: 'male', D2: 12, D3: 'dakar' }, [{ item: 'D3', code: 'must_be_absent' }]],
	['a single code for a list', posted({ E2: 'radio' }), [{ item: 'E2', code: 'not_a_list' }]],
	['a space-joined list', posted({ A1: 'ngo embassy' }), [{ item: 'A1', code: 'not_a_list' }]],
	['the same source twice', posted({ A1: ['ngo', 'ngo'] }), [{ item: 'A1', code: 'duplicate' }]],
	['dk with a source', posted({ A1: ['dk', 'ngo'] }), [{ item: 'A1', code: 'dk_not_alone' }]],
	['an item of another version', posted({ K9: 'true' }), [{ item: 'K9', code: 'unknown_item' }]],
	['a custom question', posted({ q_custom: 'x' }), [{ item: 'q_custom', code: 'unknown_item' }]],
	[
		'several problems at once',
		posted({ D1: undefined, I1: 9, A1: ['dk', 'ngo'] }),
		[
			{ item: 'D1', code: 'required' },
			{ item: 'I1', code: 'out_of_range' },
			{ item: 'A1', code: 'dk_not_alone' }
		]
	]
];

describe('validateAnswers refuses', () => {
	it.each(REFUSED)('%s', (_, input, problems) => {
		expect(validateAnswers(input, SETTINGS)).toEqual({ ok: false, problems });
	});

	it('is tested above with every problem code', () => {
		const tested = new Set(REFUSED.flatMap(([, , problems]) => problems.map((problem) => problem.code)));
		expect([...tested].sort()).toEqual([...PROBLEM_CODES].sort());
	});
});

describe('validateAnswers after a wrong answer that decides what follows', () => {
	it.each<[string, Raw, Problem[]]>([
		['a wrong consent reports only itself', { C0: 'maybe' }, [{ item: 'C0', code: 'not_an_option' }]],
		['a wrong age asks for nothing more', { C0: 'yes', D1: 'male', D2: 'x' }, [{ item: 'D2', code: 'not_an_integer' }]],
		['a wrong age does not judge C1', posted({ D2: 200, C1: 'yes' }), [{ item: 'D2', code: 'out_of_range' }]],
		[
			'later values are still checked',
			{ C0: 'yes', D1: 'male', D2: 'x', K1: 'yes' },
			[
				{ item: 'D2', code: 'not_an_integer' },
				{ item: 'K1', code: 'not_an_option' }
			]
		],
		['a wrong E1 does not judge E2', posted({ E1: 'maybe', E2: undefined }), [{ item: 'E1', code: 'not_an_option' }]],
		['a missing M1 does not judge M2 or M3', posted({ M1: undefined }), [{ item: 'M1', code: 'required' }]]
	])('%s', (_, input, problems) => {
		expect(validateAnswers(input, SETTINGS)).toEqual({ ok: false, problems });
	});
});

describe('validateAnswers with impossible settings', () => {
	it('throws, as a campaign cannot have six signature messages', () => {
		expect(() => validateAnswers(posted(), { ...SETTINGS, signatureMessageCount: 6 })).toThrow(RangeError);
	});
});

describe('validateAnswers on imported data (allowMissing)', () => {
	const imported = (input: Raw) => validateAnswers(input, SETTINGS, { allowMissing: true });

	it.each<[string, Raw, Raw]>([
		[
			'a paper form with the knowledge items left blank',
			posted({ K1: undefined, K2: '', K8: undefined }),
			posted({ K1: undefined, K2: undefined, K8: undefined })
		],
		['no answer on exposure, and the sources kept', posted({ E1: undefined }), posted({ E1: undefined })],
		['no answer on the wish to leave, and the plan kept', posted({ M1: undefined }), posted({ M1: undefined })]
	])('accepts %s', (_, input, answers) => {
		expect(imported(input)).toEqual({ ok: true, outcome: 'complete', answers });
	});

	it.each<[string, Raw, Problem[]]>([
		['no consent', posted({ C0: undefined }), [{ item: 'C0', code: 'required' }]],
		['no age', posted({ D2: undefined }), [{ item: 'D2', code: 'required' }]],
		['a minor without the guardian’s answer', posted({ D2: 16 }), [{ item: 'C1', code: 'required' }]],
		['a wrong code, still', posted({ K1: 'yes' }), [{ item: 'K1', code: 'not_an_option' }]],
		['sources after exposure no, still', posted({ E1: 'no' }), [{ item: 'E2', code: 'must_be_absent' }]]
	])('still refuses %s', (_, input, problems) => {
		expect(imported(input)).toEqual({ ok: false, problems });
	});
});
