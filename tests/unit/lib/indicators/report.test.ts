import { describe, expect, it } from 'vitest';
import { INDICATORS } from '$lib/core-module';
import { buildCampaignReport, type CellSums } from '$lib/indicators';
import { reportIndicator } from '$lib/indicators/report';
import { changeInMean, changeInProportion, estimateMean, estimateProportion } from '$lib/stats';
import { cell, share, values } from './cells';

const KNW1 = INDICATORS.find((indicator) => indicator.id === 'KNW1')!;
const RSK1 = INDICATORS.find((indicator) => indicator.id === 'RSK1')!;

describe('cells', () => {
	it.each([
		{ n: 0, suppressed: true, lowPrecision: false },
		{ n: 24, suppressed: true, lowPrecision: false },
		{ n: 25, suppressed: false, lowPrecision: true },
		{ n: 49, suppressed: false, lowPrecision: true },
		{ n: 50, suppressed: false, lowPrecision: false }
	])('$n respondents: suppressed $suppressed, low precision $lowPrecision', ({ n, suppressed, lowPrecision }) => {
		const [result] = reportIndicator(KNW1, [cell('baseline', 'exposed', { KNW1: share(Math.floor(n / 2), n) })]).cells;
		expect(result).toMatchObject({ wave: 'baseline', group: 'exposed', n, suppressed, lowPrecision });
		if (suppressed) expect([result.value, result.ciLow, result.ciHigh]).toEqual([null, null, null]);
		else expect(result.value).toBeCloseTo(Math.floor(n / 2) / n, 12);
	});

	it('gives a proportion its Wilson interval and a mean its t interval', () => {
		const proportion = reportIndicator(KNW1, [cell('baseline', 'exposed', { KNW1: share(128, 312) })]).cells[0];
		expect(proportion).toMatchObject(pick(estimateProportion({ x: 128, n: 312 })));
		const scores = Array.from({ length: 40 }, (_, i) => 1 + (i % 5));
		const mean = reportIndicator(RSK1, [cell('baseline', 'exposed', { RSK1: values(...scores) })]).cells[0];
		expect(mean).toMatchObject(pick(estimateMean(values(...scores))));
		expect(mean.value).toBeCloseTo(3, 12);
	});
});

describe('changes', () => {
	// Newcombe (1998), docs/standard.md §7: 56/70 against 48/80 is 0.2000, 0.0524 to 0.3339.
	const newcombe = [
		cell('baseline', 'exposed', { KNW1: share(48, 80) }),
		cell('endline', 'exposed', { KNW1: share(56, 70) })
	];

	it('measures each group from the baseline, with Newcombe’s interval, the z-test and Cohen’s h', () => {
		const [change] = reportIndicator(KNW1, newcombe).changes;
		expect(change).toMatchObject({
			group: 'exposed',
			from: 'baseline',
			to: 'endline',
			effectSizeKind: 'cohens_h',
			suppressed: false
		});
		expect(change.value).toBeCloseTo(0.2, 10);
		expect(change.ciLow).toBeCloseTo(0.0524, 4);
		expect(change.ciHigh).toBeCloseTo(0.3339, 4);
		const expected = changeInProportion({ x: 48, n: 80 }, { x: 56, n: 70 });
		expect(change.pValue).toBe(expected.pValue);
		expect(change.effectSize).toBe(expected.effectSize);
		expect(change.sentence.key).toBe('sentence.change_up');
	});

	it('uses Welch and Hedges’ g for a mean', () => {
		const from = values(...Array.from({ length: 30 }, (_, i) => 2 + (i % 3)));
		const to = values(...Array.from({ length: 35 }, (_, i) => 3 + (i % 3)));
		const [change] = reportIndicator(RSK1, [
			cell('baseline', 'exposed', { RSK1: from }),
			cell('endline', 'exposed', { RSK1: to })
		]).changes;
		const expected = changeInMean(from, to);
		expect(change).toMatchObject({
			value: expected.value,
			ciLow: expected.ciLow,
			ciHigh: expected.ciHigh,
			pValue: expected.pValue,
			effectSize: expected.effectSize,
			effectSizeKind: 'hedges_g'
		});
	});

	it('goes from the baseline to every later wave, in each group that has them', () => {
		const cells = [
			cell('baseline', 'exposed', { KNW1: share(30, 100) }),
			cell('endline', 'exposed', { KNW1: share(40, 100) }),
			cell('followup', 'exposed', { KNW1: share(35, 100) }),
			cell('endline', 'comparison', { KNW1: share(30, 100) })
		];
		const changes = reportIndicator(KNW1, cells).changes.map((change) => `${change.group}:${change.from}→${change.to}`);
		expect(changes).toEqual(['exposed:baseline→endline', 'exposed:baseline→followup']);
	});

	it('suppresses a change that needs a suppressed cell, numbers and all', () => {
		const [change] = reportIndicator(KNW1, [
			cell('baseline', 'exposed', { KNW1: share(10, 24) }),
			cell('endline', 'exposed', { KNW1: share(90, 100) })
		]).changes;
		expect(change).toMatchObject({
			suppressed: true,
			value: null,
			ciLow: null,
			ciHigh: null,
			pValue: null,
			effectSize: null,
			effectSizeKind: 'cohens_h'
		});
		expect(change.sentence.key).toBe('sentence.change_suppressed');
	});
});

describe('impact', () => {
	// Gertler et al., docs/standard.md §7: exposed 0.60 → 0.74, comparison 0.78 → 0.81, DiD = 0.11.
	const gertler = [
		cell('baseline', 'exposed', { KNW1: share(300, 500) }),
		cell('endline', 'exposed', { KNW1: share(370, 500) }),
		cell('baseline', 'comparison', { KNW1: share(390, 500) }),
		cell('endline', 'comparison', { KNW1: share(405, 500) })
	];

	it('is the difference-in-differences, with SE from the four cells’ variances', () => {
		const { impact } = reportIndicator(KNW1, gertler);
		expect(impact!.value).toBeCloseTo(0.11, 12);
		const se = Math.sqrt([0.6, 0.74, 0.78, 0.81].reduce((sum, p) => sum + (p * (1 - p)) / 500, 0));
		expect(impact!.ciLow).toBeCloseTo(0.11 - 1.959964 * se, 12);
		expect(impact!.ciHigh).toBeCloseTo(0.11 + 1.959964 * se, 12);
		expect(impact).toMatchObject({ from: 'baseline', to: 'endline', suppressed: false });
		expect(impact!.sentence.key).toBe('sentence.impact_clear');
	});

	it('is null without a comparison group', () => {
		expect(reportIndicator(KNW1, gertler.slice(0, 2)).impact).toBeNull();
	});

	it('is suppressed when any of the four cells is', () => {
		const small = [...gertler.slice(0, 3), cell('endline', 'comparison', { KNW1: share(20, 24) })];
		expect(reportIndicator(KNW1, small).impact).toMatchObject({
			suppressed: true,
			value: null,
			ciLow: null,
			ciHigh: null,
			pValue: null
		});
	});
});

describe('a campaign’s report', () => {
	const totals: CellSums[] = [
		cell('baseline', 'exposed', { KNW1: share(40, 100) }),
		cell('endline', 'exposed', { KNW1: share(55, 100) })
	];
	const bySex: CellSums[] = [
		cell('baseline', 'exposed', { KNW1: share(20, 50) }, { level: 'male' }),
		cell('baseline', 'exposed', { KNW1: share(20, 50) }, { level: 'female' }),
		cell('endline', 'exposed', { KNW1: share(30, 50) }, { level: 'female' }),
		cell('endline', 'exposed', { KNW1: share(25, 50) }, { level: 'male' })
	];
	const report = buildCampaignReport(
		{
			campaignId: 'c',
			generatedAt: '2026-12-01T00:00:00.000Z',
			totals,
			byDimension: { sex: bySex, age_band: [] },
			regions: []
		},
		['sex']
	);

	it('lists every indicator of the standard, the primary ones first', () => {
		expect(report.indicators.map((indicator) => indicator.id).slice(0, 3)).toEqual(['KNW1', 'RSK1', 'INT1']);
		expect(new Set(report.indicators.map((indicator) => indicator.id))).toEqual(
			new Set(INDICATORS.map((indicator) => indicator.id))
		);
		expect(report.moduleVersion).toBe(1);
	});

	it('gives each level of a dimension asked the same structure, in the dimension’s order', () => {
		const knw1 = report.indicators[0];
		expect(Object.keys(knw1.disaggregations)).toEqual(['sex']);
		const levels = knw1.disaggregations.sex!;
		expect(levels.map((level) => level.level)).toEqual(['female', 'male']);
		expect(levels[0].cells.map((c) => c.n)).toEqual([50, 50]);
		expect(levels[0].changes[0].value).toBeCloseTo(0.2, 12);
		expect(levels[1].changes[0].value).toBeCloseTo(0.1, 12);
		expect(levels[0].impact).toBeNull();
	});
});

function pick(estimate: { value: number | null; ciLow: number | null; ciHigh: number | null }) {
	return { value: estimate.value, ciLow: estimate.ciLow, ciHigh: estimate.ciHigh };
}

describe('results kept by the sums they are computed from', () => {
	const cells = (endline: number) => [
		cell('baseline', 'exposed', { KNW1: share(120, 300) }),
		cell('endline', 'exposed', { KNW1: share(endline, 300) })
	];

	it('gives the same frozen result for the same sums, wherever they come from', () => {
		const first = reportIndicator(KNW1, cells(150));
		const again = reportIndicator(KNW1, cells(150).reverse());
		expect(again).toBe(first);
		expect(Object.isFrozen(first.changes[0].sentence.params)).toBe(true);
		expect(() => (first.cells as unknown[]).push(null)).toThrow(TypeError);
	});

	it.each([
		{ what: 'a sum', changed: cells(151), same: false },
		{
			what: 'a count',
			changed: [
				cell('baseline', 'exposed', { KNW1: share(120, 301) }),
				cell('endline', 'exposed', { KNW1: share(150, 300) })
			],
			same: false
		},
		{
			what: 'the cell',
			changed: [
				cell('baseline', 'comparison', { KNW1: share(120, 300) }),
				cell('endline', 'exposed', { KNW1: share(150, 300) })
			],
			same: false
		},
		{
			what: 'another indicator’s sums',
			changed: [
				cell('baseline', 'exposed', { KNW1: share(120, 300), INT1: share(9, 30) }),
				cell('endline', 'exposed', { KNW1: share(150, 300) })
			],
			same: true
		}
	])('when $what differs, the kept result is reused: $same', ({ changed, same }) => {
		const kept = reportIndicator(KNW1, cells(150));
		const result = reportIndicator(KNW1, changed);
		expect(result === kept).toBe(same);
		expect(result).toEqual(same ? kept : expect.not.objectContaining({ cells: kept.cells }));
	});
});
