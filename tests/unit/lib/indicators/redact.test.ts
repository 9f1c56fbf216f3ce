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

	it('leaves out quick responses counted below 5, and leaves larger counts as they are', () => {
		const quick = shown.flags.filter((flag) => flag.code === 'quick_responses');
		expect(quick.map((flag) => [flag.wave, flag.sentence])).toEqual([
			['endline', { key: 'flag.quick_responses', params: { count: { count: 7 }, share: { percent: 7 / 90 } } }]
		]);
		expect(report.flags.filter((flag) => flag.code === 'quick_responses')).toHaveLength(2);
	});

	it('leaves the NGO’s own report whole, and gives the same redacted report each time', () => {
		expect(shr1(report).cells[1].n).toBe(3);
		expect(hideSmallCounts(report)).toBe(shown);
	});
});

describe('data-quality flags as donors and the public read them', () => {
	const flagOf = (totals: ReturnType<typeof cell>[], code: string) => {
		const report = buildCampaignReport(
			{ campaignId: 'c', generatedAt: '2026-12-02T00:00:00Z', totals, byDimension: {}, regions: [] },
			[]
		);
		return {
			member: report.flags.find((flag) => flag.code === code)?.sentence.key ?? null,
			donor: hideSmallCounts(report).flags.find((flag) => flag.code === code)?.sentence.key ?? null
		};
	};

	it.each([
		{ quick: 1, respondents: 100, donor: null },
		{ quick: 4, respondents: 100, donor: null },
		{ quick: 5, respondents: 100, donor: 'flag.quick_responses' },
		{ quick: 96, respondents: 100, donor: 'flag.quick_responses_most' },
		{ quick: 100, respondents: 100, donor: 'flag.quick_responses' }
	])('$quick quick responses of $respondents: $donor', ({ quick, respondents, donor }) => {
		const totals = [cell('baseline', 'exposed', { SHR1: share(40, respondents) }, { quick, respondents })];
		expect(flagOf(totals, 'quick_responses')).toEqual({ member: 'flag.quick_responses', donor });
	});

	it.each([
		{ yes: 4, n: 25, donor: 'flag.placebo_recall_high_share' },
		{ yes: 8, n: 40, donor: 'flag.placebo_recall_high' },
		{ yes: 38, n: 40, donor: 'flag.placebo_recall_high_share' }
	])('placebo recall of $yes in $n: $donor', ({ yes, n, donor }) => {
		const totals = [cell('baseline', 'exposed', { EXP0: share(yes, n) })];
		expect(flagOf(totals, 'placebo_recall_high')).toEqual({ member: 'flag.placebo_recall_high', donor });
	});

	it('says only that placebo recall passed 15% where its share is hidden to protect a smaller group', () => {
		// Three men answered the sex question, the 37 others did not: the total is hidden with them.
		const report = buildCampaignReport(
			{
				campaignId: 'c',
				generatedAt: '2026-12-02T00:00:00Z',
				totals: [cell('baseline', 'exposed', { EXP0: share(8, 40) })],
				byDimension: { sex: [cell('baseline', 'exposed', { EXP0: share(1, 3) }, { level: 'male' })] },
				regions: []
			},
			['sex']
		);
		const [flag] = hideSmallCounts(report).flags;
		expect(flag.sentence).toEqual({ key: 'flag.placebo_recall_high_beyond', params: { limit: { percent: 0.15 } } });
	});
});
