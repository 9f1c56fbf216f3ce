import { describe, expect, it } from 'vitest';
import { CORE_ITEMS } from '$lib/core-module';
import { customQuestionSchema } from '$lib/survey/custom-question';
import { CORE_PAGES, CUSTOM_PAGE_SIZE, findPageOf, listShownPages, placeOnPages, planPages } from '$lib/survey/pages';

const question = (code: string, showIf: object | null = null) =>
	customQuestionSchema.parse({ code, type: 'text', label: { fr: code }, showIf });

describe('CORE_PAGES', () => {
	const flat = CORE_PAGES.flat();

	it('holds every core item once, in the order of the module', () => {
		expect(flat).toEqual(CORE_ITEMS.map((item) => item.id));
	});

	it('never puts an item on the page of the item it depends on (the server alone decides, without JavaScript)', () => {
		for (const item of CORE_ITEMS) {
			if (!item.showIf) continue;
			expect(findPageOf(CORE_PAGES, item.id), item.id).not.toBe(findPageOf(CORE_PAGES, item.showIf.item));
		}
	});

	it('keeps a page short enough for a phone', () => {
		expect(Math.max(...CORE_PAGES.map((page) => page.length))).toBeLessThanOrEqual(8);
	});
});

describe('placeOnPages', () => {
	it.each<[string[][], string, number]>([
		[CORE_PAGES.map((page) => [...page]), 'E3_1', findPageOf(CORE_PAGES, 'E3_1')],
		[[['a', 'b'], ['c']], 'c', 1],
		[[['a'], ['a']], 'a', 0],
		[[['a']], 'z', -1],
		[[['a']], 'constructor', -1],
		[[], 'a', -1]
	])('in %j finds %s on page %i, as findPageOf does', (pages, id, page) => {
		expect(placeOnPages(pages)(id)).toBe(page);
		expect(findPageOf(pages, id)).toBe(page);
	});
});

describe('planPages', () => {
	const inSurvey = new Set(
		CORE_ITEMS.map((item) => item.id).filter((id) => id !== 'E3_3' && id !== 'E3_4' && id !== 'E3_5')
	);

	it('leaves out the message slots a campaign does not have', () => {
		const pages = planPages(inSurvey, []);
		expect(pages).toHaveLength(CORE_PAGES.length);
		expect(pages.flat()).not.toContain('E3_3');
		expect(pages[findPageOf(pages, 'E3_1')]).toEqual(['E3_1', 'E3_2', 'E3_P']);
	});

	it.each<[string, ReturnType<typeof question>[], string[][]]>([
		['none', [], []],
		['a few on one page', [question('a'), question('b')], [['a', 'b']]],
		[
			`${CUSTOM_PAGE_SIZE} at most per page`,
			['a', 'b', 'c', 'd', 'e'].map((code) => question(code)),
			[['a', 'b', 'c', 'd'], ['e']]
		],
		[
			'a new page for a question that depends on one of its page',
			[question('a'), question('b', { question: 'a', op: 'equals', value: 'x' }), question('c')],
			[['a'], ['b', 'c']]
		],
		[
			'a question on a core item stays',
			[question('a'), question('b', { question: 'E1', op: 'equals', value: 'yes' })],
			[['a', 'b']]
		]
	])('pages custom questions after the core module: %s', (_, questions, custom) => {
		expect(planPages(inSurvey, questions).slice(CORE_PAGES.length)).toEqual(custom);
	});
});

describe('listShownPages', () => {
	it('shows a page when one of its questions is asked', () => {
		expect(listShownPages([['a', 'b'], ['c'], ['d']], new Set(['b', 'd']))).toEqual([0, 2]);
	});
});
