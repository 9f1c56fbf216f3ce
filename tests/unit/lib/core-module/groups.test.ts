import { describe, expect, it } from 'vitest';
import { bandAge, classifyRespondent } from '$lib/core-module/groups';
import { ADULT, ALL_DK, changeAnswers } from './respondents';

describe('bandAge', () => {
	it.each([
		[10, null],
		[14, null],
		[15, '15-17'],
		[17, '15-17'],
		[18, '18-24'],
		[24, '18-24'],
		[25, '25-34'],
		[34, '25-34'],
		[35, '35+'],
		[99, '35+']
	])('%i → %s', (age, band) => {
		expect(bandAge(age)).toBe(band);
	});
});

describe('classifyRespondent', () => {
	it.each([
		[
			'ADULT',
			ADULT,
			{
				sex: 'female',
				ageBand: '18-24',
				region: 'dakar',
				education: 'secondary',
				returnee: 'no',
				exposure: 'yes',
				intention: true
			}
		],
		[
			'ALL_DK',
			ALL_DK,
			{
				sex: 'other_or_dk',
				ageBand: '35+',
				region: 'kolda',
				education: 'none',
				returnee: 'no',
				exposure: 'dk',
				intention: false
			}
		],
		[
			'a returnee of 16 with no plan',
			changeAnswers({ D2: 16, C1: 'yes', D5: 'yes', M2: 'no', M3: undefined }),
			{ ageBand: '15-17', returnee: 'yes', intention: false }
		],
		[
			'an import with gaps',
			changeAnswers({ D1: undefined, D2: undefined, D3: undefined, D4: undefined, E1: undefined, M1: undefined }),
			{ sex: null, ageBand: null, region: null, education: null, exposure: null, intention: null }
		]
	])('%s', (_, answers, groups) => {
		expect(classifyRespondent(answers)).toMatchObject(groups);
	});
});
