import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CoreAnswers } from '$lib/core-module/answers';
import {
	checkSettings,
	CORE_ITEMS,
	CORE_MODULE_VERSION,
	getItem,
	isCoreItemId,
	ITEM_IDS,
	listCampaignItems,
	listCodes
} from '$lib/core-module/questions';
import type { ItemId } from '$lib/core-module/types';
import { SETTINGS } from './respondents';

const ORDER = [
	'C0',
	'D1',
	'D2',
	'C1',
	'D3',
	'D4',
	'D5',
	'E1',
	'E2',
	'E3_1',
	'E3_2',
	'E3_3',
	'E3_4',
	'E3_5',
	'E3_P',
	'I1',
	'K1',
	'K2',
	'K3',
	'K4',
	'K5',
	'K6',
	'K7',
	'K8',
	'A1',
	'R1',
	'R2',
	'R3',
	'R4',
	'R5',
	'T1',
	'M1',
	'M2',
	'M3',
	'P1',
	'P2',
	'P3',
	'P4',
	'TR1',
	'TR2',
	'TR3',
	'TR4',
	'TR5',
	'TR6',
	'S1'
];

describe('core module v1', () => {
	it('is version 1', () => {
		expect(CORE_MODULE_VERSION).toBe(1);
	});

	it('has every item of docs/standard.md §2 once, in order', () => {
		expect(ITEM_IDS).toEqual(ORDER);
	});

	it('requires every item', () => {
		expect(CORE_ITEMS.filter((item) => !item.required)).toEqual([]);
	});

	it.each([
		['C0', 'yes_no', ['yes', 'no']],
		['D1', 'single', ['female', 'male', 'other_or_dk']],
		['D3', 'region', ['dakar', 'thies', 'kolda']],
		['D4', 'single', ['none', 'primary', 'secondary', 'higher']],
		['D5', 'yes_no', ['yes', 'no']],
		['E1', 'yes_no_dk', ['yes', 'no', 'dk']],
		[
			'E2',
			'multiple',
			['radio', 'tv', 'social_media', 'community_event', 'school', 'returnee_testimony', 'poster', 'other']
		],
		['E3_1', 'yes_no_dk', ['yes', 'no', 'dk']],
		['E3_P', 'yes_no_dk', ['yes', 'no', 'dk']],
		['K1', 'true_false_dk', ['true', 'false', 'dk']],
		['A1', 'multiple', ['gov_office', 'ngo', 'un_agency', 'embassy', 'intermediary', 'social_media_ads', 'dk']],
		['T1', 'yes_no_dk', ['yes', 'no', 'dk']],
		['M1', 'yes_no_dk', ['yes', 'no', 'dk']],
		['M2', 'yes_no_dk', ['yes', 'no', 'dk']],
		['M3', 'single', ['regular', 'irregular', 'dk']],
		['P1', 'yes_no', ['yes', 'no']],
		['S1', 'yes_no_dk', ['yes', 'no', 'dk']],
		['D2', 'integer', []],
		['I1', 'scale', []],
		['R1', 'scale', ['dk']],
		['TR6', 'scale', ['dk']]
	])('%s is %s with the codes %j', (id, kind, codes) => {
		const item = getItem(id as ItemId);
		expect(item.kind).toBe(kind);
		expect(listCodes(item, SETTINGS)).toEqual(codes);
	});

	it.each([
		['D2', 10, 99],
		['I1', 1, 5],
		['R1', 1, 5],
		['R5', 1, 5],
		['TR1', 1, 4],
		['TR6', 1, 4]
	])('%s takes integers from %i to %i', (id, min, max) => {
		expect(getItem(id as ItemId)).toMatchObject({ min, max });
	});

	it.each([
		['K1', 'true'],
		['K2', 'false'],
		['K3', 'true'],
		['K4', 'false'],
		['K5', 'true'],
		['K6', 'false'],
		['K7', 'true'],
		['K8', 'true']
	])('%s is correct when %s', (id, correct) => {
		expect(getItem(id as ItemId)).toMatchObject({ kind: 'true_false_dk', correct });
	});

	it('scores A1 with its four valid sources, and asks for dk alone', () => {
		expect(getItem('A1')).toMatchObject({
			valid: ['gov_office', 'ngo', 'un_agency', 'embassy'],
			exclusive: ['dk']
		});
		expect(getItem('E2')).toMatchObject({ exclusive: [] });
	});

	it.each([
		['C1', { item: 'D2', op: 'between', min: 15, max: 17 }],
		['E2', { item: 'E1', op: 'equals', value: 'yes' }],
		['M2', { item: 'M1', op: 'equals', value: 'yes' }],
		['M3', { item: 'M2', op: 'equals', value: 'yes' }]
	])('asks %s only if %j', (id, condition) => {
		expect(getItem(id as ItemId).showIf).toEqual(condition);
	});

	it('has no other skip rule', () => {
		expect(CORE_ITEMS.filter((item) => item.showIf).map((item) => item.id)).toEqual(['C1', 'E2', 'M2', 'M3']);
	});

	it.each([
		['C0', { when: { item: 'C0', op: 'equals', value: 'no' }, outcome: 'refused' }],
		['D2', { when: { item: 'D2', op: 'below', value: 15 }, outcome: 'not_eligible' }],
		['C1', { when: { item: 'C1', op: 'equals', value: 'no' }, outcome: 'refused' }]
	])('%s can end the survey: %j', (id, rule) => {
		expect(getItem(id as ItemId).endsIf).toEqual(rule);
	});

	it('groups the batteries that share one question text', () => {
		const sizes: Record<string, number> = {};
		for (const item of CORE_ITEMS) sizes[item.battery ?? '-'] = (sizes[item.battery ?? '-'] ?? 0) + 1;
		expect(sizes).toEqual({
			'-': 16,
			E3: 6,
			K: 8,
			R: 5,
			P: 4,
			TR: 6
		});
	});

	it('knows its own ids', () => {
		expect(isCoreItemId('TR6')).toBe(true);
		expect(isCoreItemId('E3')).toBe(false);
		expect(isCoreItemId('k1')).toBe(false);
	});

	it('types each answer from the data', () => {
		expectTypeOf<CoreAnswers['D1']>().toEqualTypeOf<'female' | 'male' | 'other_or_dk' | undefined>();
		expectTypeOf<CoreAnswers['A1']>().toEqualTypeOf<
			| readonly ('gov_office' | 'ngo' | 'un_agency' | 'embassy' | 'intermediary' | 'social_media_ads' | 'dk')[]
			| undefined
		>();
		expectTypeOf<CoreAnswers['R1']>().toEqualTypeOf<number | 'dk' | undefined>();
		expectTypeOf<CoreAnswers['I1']>().toEqualTypeOf<number | undefined>();
		expectTypeOf<CoreAnswers['C1']>().toEqualTypeOf<'yes' | 'no' | undefined>();
		expectTypeOf<CoreAnswers['K2']>().toEqualTypeOf<'true' | 'false' | 'dk' | undefined>();
		expectTypeOf<CoreAnswers['D3']>().toEqualTypeOf<string | undefined>();
	});
});

describe('listCampaignItems', () => {
	it.each([
		[2, ['E3_1', 'E3_2', 'E3_P']],
		[3, ['E3_1', 'E3_2', 'E3_3', 'E3_P']],
		[5, ['E3_1', 'E3_2', 'E3_3', 'E3_4', 'E3_5', 'E3_P']]
	])('with %i signature messages asks E3 as %j', (count, messages) => {
		const ids = listCampaignItems({ ...SETTINGS, signatureMessageCount: count }).map((item) => item.id);
		expect(ids.filter((id) => id.startsWith('E3'))).toEqual(messages);
		expect(ids).toHaveLength(ORDER.length - (5 - count));
	});

	it.each([1, 6, 2.5, NaN])('refuses %d signature messages', (count) => {
		expect(() => checkSettings({ signatureMessageCount: count })).toThrow(RangeError);
	});
});

describe('the module’s entry point', () => {
	it('exports the data and the functions other code walks', async () => {
		const core = await import('$lib/core-module');
		for (const name of [
			'CORE_MODULE_VERSION',
			'CORE_ITEMS',
			'INDICATORS',
			'CORE_TEXTS',
			'listVisibleItems',
			'validateAnswers',
			'scoreResponse',
			'classifyRespondent'
		]) {
			expect(core, name).toHaveProperty(name);
		}
	});
});
