import { describe, expect, it } from 'vitest';
import { classifyRespondent } from '$lib/core-module/groups';
import { DISAGGREGATIONS, INDICATORS, PRIMARY_INDICATORS } from '$lib/core-module/indicators';
import { ITEM_IDS } from '$lib/core-module/questions';
import { scoreResponse } from '$lib/core-module/score';
import { ADULT, SETTINGS } from './respondents';

describe('INDICATORS', () => {
	it.each([
		['EXP1', 'proportion', 'up'],
		['EXP0', 'proportion', 'none'],
		['INF1', 'proportion', 'up'],
		['KNW1', 'proportion', 'up'],
		['KNW1M', 'mean', 'up'],
		['KNW2', 'proportion', 'up'],
		['RSK1', 'mean', 'up'],
		['ATT1', 'proportion', 'up'],
		['INT1', 'proportion', 'down'],
		['INT2', 'proportion', 'down'],
		['TRU1', 'proportion', 'up'],
		['TRU2', 'proportion', 'down'],
		['SHR1', 'proportion', 'up']
	])('%s is a %s, desired direction %s', (id, type, direction) => {
		expect(INDICATORS.find((indicator) => indicator.id === id)).toMatchObject({ type, direction });
	});

	it('lists the indicators of §3 once, in order', () => {
		expect(INDICATORS.map((indicator) => indicator.id)).toEqual([
			'EXP1',
			'EXP0',
			'INF1',
			'KNW1',
			'KNW1M',
			'KNW2',
			'RSK1',
			'ATT1',
			'INT1',
			'INT2',
			'TRU1',
			'TRU2',
			'SHR1'
		]);
	});

	it('has KNW1, RSK1 and INT1 as its primary indicators', () => {
		expect(PRIMARY_INDICATORS).toEqual(['KNW1', 'RSK1', 'INT1']);
	});

	it.each([
		['KNW1M', 0, 8],
		['RSK1', 1, 5]
	])('%s is a mean from %i to %i', (id, min, max) => {
		expect(INDICATORS.find((indicator) => indicator.id === id)).toMatchObject({ min, max });
	});

	it.each([
		['EXP1', ['E3_1', 'E3_2', 'E3_3', 'E3_4', 'E3_5']],
		['EXP0', ['E3_P']],
		['KNW1', ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8']],
		['RSK1', ['R1', 'R2', 'R3', 'R4', 'R5']],
		['INT1', ['M1', 'M2', 'M3']],
		['INT2', ['P1', 'P2', 'P3', 'P4']],
		['TRU1', ['TR1', 'TR2']],
		['TRU2', ['TR6']]
	])('%s uses %j', (id, items) => {
		expect(INDICATORS.find((indicator) => indicator.id === id)?.items).toEqual(items);
	});

	it('uses only items of the module', () => {
		const items = INDICATORS.flatMap((indicator) => indicator.items);
		expect(items.filter((item) => !ITEM_IDS.includes(item))).toEqual([]);
	});

	it('is what scoreResponse gives a value for', () => {
		expect(Object.keys(scoreResponse(ADULT, SETTINGS))).toEqual(INDICATORS.map((indicator) => indicator.id));
	});
});

describe('DISAGGREGATIONS', () => {
	it('are what classifyRespondent gives a value for', () => {
		expect(Object.keys(classifyRespondent(ADULT))).toEqual(DISAGGREGATIONS.map((d) => d.id));
	});
});
