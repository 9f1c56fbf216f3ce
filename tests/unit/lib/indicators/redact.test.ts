import { describe, expect, it } from 'vitest';
import { buildCampaignReport } from '$lib/indicators';
import { hideSmallCounts, showCount } from '$lib/indicators/redact';
import { cell, share } from './cells';

describe('counts shown to donors and the public', () => {
	it.each([
		{ count: null, shown: null },
		{ count: 0, shown: null },
		{ count: 4, shown: null },
		{ count: 5, shown: 5 },
		{ count: 312, shown: 312 }
	])('a count of $count shows as $shown', ({ count, shown }) => {
		expect(showCount(count)).toBe(shown);
	});

	const totals = [
		cell('baseline', 'exposed', { SHR1: share(40, 100) }, { quick: 3 }),
		cell('endline', 'exposed', { SHR1: share(2, 3) }, { quick: 7, respondents: 90 })
	];
	const bySex = [
		cell('baseline', 'exposed', { SHR1: share(20, 96) }, { level: 'female' }),
		cell('baseline', 'exposed', { SHR1: share(1, 4) }, { level: 'male' })
	];
	const report = buildCampaignReport(
		{ campaignId: 'c', generatedAt: '2026-12-02T00:00:00Z', totals, byDimension: { sex: bySex }, regions: [] },
		['sex']
	);
	const shown = hideSmallCounts(report);
	const shr1 = (of: typeof report) => of.indicators.find((indicator) => indicator.id === 'SHR1')!;

	it('keeps the counts of 5 and more, and hides those below, in the totals and every level, with the level that would give one away', () => {
		expect(shr1(shown).cells.map((c) => [c.wave, c.n])).toEqual([
			['baseline', 100],
			['endline', null]
		]);
		const bySexShown = shr1(shown).disaggregations.sex!;
		expect(bySexShown.map((level) => [level.level, level.cells[0].n, level.cells[0].complementary])).toEqual([
			['female', null, true],
			['male', null, false]
		]);
		expect(shr1(shown).cells[1].suppressed).toBe(true);
	});

	it('says only "fewer than 5" of quick responses counted below 5, and leaves larger counts as they are', () => {
		const quick = shown.flags.filter((flag) => flag.code === 'quick_responses');
		expect(quick.map((flag) => [flag.wave, flag.sentence])).toEqual([
			['baseline', { key: 'flag.quick_responses_few', params: { fewest: { count: 5 } } }],
			['endline', { key: 'flag.quick_responses', params: { count: { count: 7 }, share: { percent: 7 / 90 } } }]
		]);
	});

	it('leaves the NGO’s own report whole, and gives the same redacted report each time', () => {
		expect(shr1(report).cells[1].n).toBe(3);
		expect(hideSmallCounts(report)).toBe(shown);
	});
});
