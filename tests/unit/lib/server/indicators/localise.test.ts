import { describe, expect, it } from 'vitest';
import { buildCampaignReport, type CellSums } from '$lib/indicators';
import { localiseReport } from '$lib/server/indicators/localise';
import { cell, share } from '../../indicators/cells';

function reportOf(cells: CellSums[]) {
	return buildCampaignReport(
		{ campaignId: 'c', generatedAt: '2026-12-01T00:00:00.000Z', totals: cells, byDimension: {}, regions: [] },
		[]
	);
}

const clearRise = [
	cell('baseline', 'exposed', { KNW1: share(120, 300) }),
	cell('endline', 'exposed', { KNW1: share(165, 300) })
];
const noClearChange = [
	cell('baseline', 'exposed', { KNW1: share(40, 100) }),
	cell('endline', 'exposed', { KNW1: share(44, 100) })
];
const withComparison = [
	...clearRise,
	cell('baseline', 'comparison', { KNW1: share(120, 300) }),
	cell('endline', 'comparison', { KNW1: share(126, 300) })
];

describe('the report’s sentences', () => {
	it.each([
		{
			name: 'a clear rise',
			cells: clearRise,
			locale: 'en',
			expected:
				/^Knows the risks: up from 40% to 55% in the exposed group, a change of \+15 points \(95% interval \+\d+(\.\d)? points to \+\d+(\.\d)? points\)\.$/
		},
		{
			name: 'a change chance could give',
			cells: noClearChange,
			locale: 'en',
			expected: /no larger than chance alone could give/
		},
		{ name: 'a clear rise, in French', cells: clearRise, locale: 'fr', expected: /^Connaît les risques/ }
	])('says $name as the interval allows ($locale)', ({ cells, locale, expected }) => {
		const [knw1] = localiseReport(locale, reportOf(cells)).indicators;
		expect(knw1.changes[0].sentence).toMatch(expected);
	});

	it('calls a pre/post difference a change, and only a difference-in-differences an impact', () => {
		const [alone] = localiseReport('en', reportOf(clearRise)).indicators;
		expect(alone.changes[0].sentence).not.toMatch(/impact/i);
		expect(alone.impact).toBeNull();
		const [compared] = localiseReport('en', reportOf(withComparison)).indicators;
		expect(compared.impact!.sentence).toMatch(/impact is \+13 points/);
		expect(compared.changes.every((change) => !/impact/i.test(change.sentence))).toBe(true);
	});

	it('says too few responses instead of a number for a suppressed change', () => {
		const cells = [
			cell('baseline', 'exposed', { KNW1: share(10, 20) }),
			cell('endline', 'exposed', { KNW1: share(165, 300) })
		];
		const [knw1] = localiseReport('en', reportOf(cells)).indicators;
		expect(knw1.changes[0].sentence).toBe(
			'Knows the risks in the exposed group: too few responses (fewer than 25 in a wave) to tell how it changed.'
		);
	});

	it('names each indicator and gives each flag its message', () => {
		const cells = [cell('endline', 'exposed', { EXP0: share(30, 100) }, { quick: 0 })];
		const report = localiseReport('fr', reportOf(cells));
		expect(report.indicators.find((indicator) => indicator.id === 'RSK1')!.name).toBeTruthy();
		expect(report.flags).toEqual([
			{ code: 'placebo_recall_high', wave: 'endline', group: 'exposed', message: expect.stringMatching(/^30\s?%/) }
		]);
	});
});
