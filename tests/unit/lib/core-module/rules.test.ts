import { describe, expect, it } from 'vitest';
import type { CoreAnswers } from '$lib/core-module/answers';
import { listCampaignItems } from '$lib/core-module/questions';
import { findOutcome, listVisibleItems, shuffleMessages } from '$lib/core-module/rules';
import { ADULT, changeAnswers, SETTINGS } from './respondents';

const ALL: string[] = listCampaignItems(SETTINGS).map((item) => item.id);
const without = (...ids: string[]) => ALL.filter((id) => !ids.includes(id));
const upTo = (id: string) => ALL.slice(0, ALL.indexOf(id) + 1);

describe('listVisibleItems', () => {
	it.each<[string, CoreAnswers, string[]]>([
		['nothing answered yet', {}, without('C1', 'E2', 'M2', 'M3')],
		['a refusal of consent', { C0: 'no' }, ['C0']],
		['consent but no age yet', { C0: 'yes' }, without('C1', 'E2', 'M2', 'M3')],
		['a child of 14', { C0: 'yes', D2: 14 }, upTo('D2')],
		['a child of 10', { C0: 'yes', D2: 10 }, upTo('D2')],
		['a minor of 15, guardian not asked yet', { C0: 'yes', D2: 15 }, without('E2', 'M2', 'M3')],
		['a minor of 17 whose guardian agreed', { C0: 'yes', D2: 17, C1: 'yes' }, without('E2', 'M2', 'M3')],
		['a minor whose guardian did not agree', { C0: 'yes', D2: 16, C1: 'no' }, upTo('C1')],
		['an adult of 18', { C0: 'yes', D2: 18 }, without('C1', 'E2', 'M2', 'M3')],
		['an adult, guardian answer left over', { C0: 'yes', D2: 30, C1: 'no' }, without('C1', 'E2', 'M2', 'M3')],
		['exposure yes', { E1: 'yes' }, without('C1', 'M2', 'M3')],
		['exposure dk', { E1: 'dk' }, without('C1', 'E2', 'M2', 'M3')],
		['wish to migrate', { M1: 'yes' }, without('C1', 'E2', 'M3')],
		['wish and plan', { M1: 'yes', M2: 'yes' }, without('C1', 'E2')],
		['wish, plan dk', { M1: 'yes', M2: 'dk' }, without('C1', 'E2', 'M3')],
		['no wish, plan left over', { M1: 'no', M2: 'yes', M3: 'irregular' }, without('C1', 'E2', 'M2', 'M3')],
		['a complete adult', ADULT, without('C1')]
	])('%s', (_, answers, expected) => {
		expect(listVisibleItems(answers, SETTINGS).map((item) => item.id)).toEqual(expected);
	});

	it('shows as many signature messages as the campaign has, and the placebo', () => {
		const ids = listVisibleItems({}, { ...SETTINGS, signatureMessageCount: 5 }).map((item) => item.id);
		expect(ids.filter((id) => id.startsWith('E3'))).toEqual(['E3_1', 'E3_2', 'E3_3', 'E3_4', 'E3_5', 'E3_P']);
	});
});

describe('findOutcome', () => {
	it.each<[CoreAnswers, string]>([
		[{}, 'complete'],
		[{ C0: 'no' }, 'refused'],
		[{ C0: 'no', D2: 12 }, 'refused'],
		[{ C0: 'yes', D2: 14 }, 'not_eligible'],
		[{ C0: 'yes', D2: 15, C1: 'no' }, 'refused'],
		[{ C0: 'yes', D2: 15, C1: 'yes' }, 'complete'],
		[{ C0: 'yes', D2: 30, C1: 'no' }, 'complete'],
		[ADULT, 'complete'],
		[changeAnswers({ D2: 16, C1: 'yes' }), 'complete']
	])('%j is %s', (answers, outcome) => {
		expect(findOutcome(answers)).toBe(outcome);
	});
});

describe('shuffleMessages', () => {
	const items = listCampaignItems(SETTINGS);
	const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

	it('moves only the E3 messages, among their own places', () => {
		const shuffled = ids(shuffleMessages(items, () => 0));
		const messages = ['E3_1', 'E3_2', 'E3_3', 'E3_P'];
		expect(shuffled.filter((id) => !messages.includes(id))).toEqual(ids(items).filter((id) => !messages.includes(id)));
		expect(shuffled.slice(ALL.indexOf('E3_1'), ALL.indexOf('E3_P') + 1).sort()).toEqual(messages);
		expect(shuffled.slice(ALL.indexOf('E3_1'), ALL.indexOf('E3_P') + 1)).not.toEqual(messages);
	});

	it('keeps the order when the random source says so', () => {
		expect(ids(shuffleMessages(items, () => 0.999))).toEqual(ids(items));
	});

	it('leaves the given list alone', () => {
		const before = ids(items);
		shuffleMessages(items, () => 0);
		expect(ids(items)).toEqual(before);
	});
});
