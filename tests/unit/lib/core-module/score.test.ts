import { describe, expect, it } from 'vitest';
import type { CoreAnswers } from '$lib/core-module/answers';
import type { IndicatorId } from '$lib/core-module/indicators';
import { scoreResponse } from '$lib/core-module/score';
import { ADULT, ALL_DK, changeAnswers, SETTINGS } from './respondents';

const score = (changes: CoreAnswers) => scoreResponse(changeAnswers(changes), SETTINGS);

describe('scoreResponse for whole respondents worked by hand', () => {
	it('scores ADULT', () => {
		expect(scoreResponse(ADULT, SETTINGS)).toEqual({
			EXP1: true,
			EXP0: false,
			INF1: true,
			KNW1: true,
			KNW1M: 8,
			KNW2: true,
			RSK1: 3.5,
			ATT1: true,
			INT1: true,
			INT2: true,
			TRU1: true,
			TRU2: false,
			SHR1: true
		});
	});

	it('scores every dk as not correct, not high, not yes', () => {
		expect(scoreResponse(ALL_DK, SETTINGS)).toEqual({
			EXP1: false,
			EXP0: false,
			INF1: false,
			KNW1: false,
			KNW1M: 0,
			KNW2: false,
			RSK1: null,
			ATT1: false,
			INT1: false,
			INT2: false,
			TRU1: false,
			TRU2: false,
			SHR1: false
		});
	});

	it.each<[string, CoreAnswers]>([
		['a refusal', { C0: 'no' }],
		['a child', { C0: 'yes', D1: 'male', D2: 14 }],
		['a minor whose guardian refused', { C0: 'yes', D1: 'male', D2: 16, C1: 'no' }],
		['a stored refusal with answers', changeAnswers({ C0: 'no' })]
	])('leaves %s out of every indicator', (_, answers) => {
		expect(Object.values(scoreResponse(answers, SETTINGS)).every((value) => value === null)).toBe(true);
	});

	it('scores a minor whose guardian agreed like anyone else', () => {
		expect(score({ D2: 16, C1: 'yes' })).toEqual(scoreResponse(ADULT, SETTINGS));
	});
});

describe('scoreResponse, one indicator at a time', () => {
	it.each<[IndicatorId, string, CoreAnswers, boolean | number | null]>([
		['EXP1', 'no signature message recalled', { E3_1: 'no', E3_2: 'dk', E3_3: 'no' }, false],
		['EXP1', 'only the third recalled', { E3_1: 'no', E3_2: 'no', E3_3: 'yes' }, true],
		['EXP1', 'placebo recalled only', { E3_1: 'no', E3_3: 'no', E3_P: 'yes' }, false],
		['EXP1', 'a message missing', { E3_2: undefined }, null],
		['EXP0', 'placebo recalled', { E3_P: 'yes' }, true],
		['EXP0', 'placebo dk', { E3_P: 'dk' }, false],
		['EXP0', 'placebo missing', { E3_P: undefined }, null],
		['INF1', 'I1 = 3', { I1: 3 }, false],
		['INF1', 'I1 = 5', { I1: 5 }, true],
		['INF1', 'I1 missing', { I1: undefined }, null],
		['KNW1', '6 of 8 correct', { K1: 'false', K2: 'dk' }, true],
		['KNW1', '5 of 8 correct', { K1: 'false', K2: 'dk', K8: 'false' }, false],
		['KNW1', 'K8 missing', { K8: undefined }, null],
		['KNW1M', '6 of 8 correct', { K1: 'false', K2: 'dk' }, 6],
		['KNW1M', 'only K2 and K4 correct', { K1: 'dk', K3: 'false', K5: 'dk', K6: 'true', K7: 'false', K8: 'dk' }, 2],
		['KNW1M', 'K1 missing', { K1: undefined }, null],
		['KNW2', 'only invalid sources', { A1: ['intermediary', 'social_media_ads'] }, false],
		['KNW2', 'one valid source', { A1: ['embassy'] }, true],
		['KNW2', 'the UN among others', { A1: ['un_agency', 'social_media_ads'] }, true],
		['KNW2', 'the government', { A1: ['gov_office'] }, true],
		['KNW2', 'dk', { A1: ['dk'] }, false],
		['KNW2', 'A1 missing', { A1: undefined }, null],
		['RSK1', 'five numbers', { R1: 1, R2: 2, R3: 3, R4: 4, R5: 5 }, 3],
		['RSK1', 'three numbers, two dk', { R1: 5, R2: 'dk', R3: 4, R4: 'dk', R5: 4 }, 13 / 3],
		['RSK1', 'two numbers, three dk', { R1: 5, R2: 'dk', R3: 'dk', R4: 'dk', R5: 4 }, null],
		['RSK1', 'R5 missing', { R5: undefined }, null],
		['ATT1', 'T1 = no', { T1: 'no' }, false],
		['ATT1', 'T1 = dk', { T1: 'dk' }, false],
		['ATT1', 'T1 missing', { T1: undefined }, null],
		['INT1', 'M1 = no', { M1: 'no', M2: undefined, M3: undefined }, false],
		['INT1', 'M1 = dk', { M1: 'dk', M2: undefined, M3: undefined }, false],
		['INT1', 'M2 = no', { M2: 'no', M3: undefined }, false],
		['INT1', 'M2 = dk', { M2: 'dk', M3: undefined }, false],
		['INT1', 'M3 = regular', { M3: 'regular' }, false],
		['INT1', 'M3 = dk', { M3: 'dk' }, false],
		['INT1', 'M3 = irregular', { M3: 'irregular' }, true],
		['INT1', 'M1 missing', { M1: undefined, M2: undefined, M3: undefined }, null],
		['INT1', 'M2 missing after M1 = yes', { M2: undefined, M3: undefined }, null],
		['INT1', 'M3 missing after M2 = yes', { M3: undefined }, null],
		['INT2', 'no preparation', { P2: 'no' }, false],
		['INT2', 'looked for routes only', { P2: 'no', P4: 'yes' }, true],
		['INT2', 'P3 missing', { P3: undefined }, null],
		['TRU1', 'TR1 and TR2 dk', { TR1: 'dk', TR2: 'dk' }, false],
		['TRU1', 'TR1 = 2, TR2 = 3', { TR1: 2, TR2: 3 }, true],
		['TRU1', 'TR1 = 4, TR2 dk', { TR1: 4, TR2: 'dk' }, true],
		['TRU1', 'TR1 = 2, TR2 = 2', { TR1: 2, TR2: 2 }, false],
		['TRU1', 'high trust elsewhere only', { TR1: 1, TR2: 1, TR3: 4, TR4: 4 }, false],
		['TRU1', 'TR2 missing', { TR2: undefined }, null],
		['TRU2', 'TR6 = 3', { TR6: 3 }, true],
		['TRU2', 'TR6 = 2', { TR6: 2 }, false],
		['TRU2', 'TR6 dk', { TR6: 'dk' }, false],
		['TRU2', 'TR6 missing', { TR6: undefined }, null],
		['SHR1', 'S1 = no', { S1: 'no' }, false],
		['SHR1', 'S1 = dk', { S1: 'dk' }, false],
		['SHR1', 'S1 missing', { S1: undefined }, null]
	])('%s with %s is %s', (indicator, _, changes, expected) => {
		expect(score(changes)[indicator]).toBe(expected);
	});

	it('leaves a respondent out of the indicator with a missing item, and only that one', () => {
		const values = score({ TR6: undefined });
		expect(Object.entries(values).filter(([, value]) => value === null)).toEqual([['TRU2', null]]);
	});

	it.each<[number, CoreAnswers, boolean | null]>([
		[2, { E3_1: 'no', E3_2: 'no', E3_3: undefined }, false],
		[2, { E3_1: 'no', E3_2: 'yes', E3_3: undefined }, true],
		[5, { E3_4: 'no', E3_5: 'yes', E3_1: 'no' }, true],
		[5, {}, null]
	])('counts EXP1 over the campaign’s %i messages: %j', (count, changes, expected) => {
		const answers = changeAnswers(changes);
		expect(scoreResponse(answers, { signatureMessageCount: count }).EXP1).toBe(expected);
	});
});
