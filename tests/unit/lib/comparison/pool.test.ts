import { describe, expect, it } from 'vitest';
import { INDICATORS } from '$lib/core-module';
import { changeOfCampaign, poolChanges, poolWeights } from '$lib/comparison/pool';
import { changeInProportion, poolRandomEffects, Z_95 } from '$lib/stats';
import { share } from '../indicators/cells';

const KNW1 = INDICATORS.find((indicator) => indicator.id === 'KNW1')!;

describe('a campaign’s change for the comparison', () => {
	it('goes from the exposed group’s first wave to its last', () => {
		const result = changeOfCampaign(KNW1, {
			campaignId: 'a',
			waves: { baseline: share(40, 100), endline: share(50, 100), followup: share(60, 100) }
		});
		expect('change' in result && result.change).toMatchObject({ group: 'exposed', from: 'baseline', to: 'followup' });
		if ('change' in result) expect(result.change.value).toBeCloseTo(0.2, 12);
		expect(result.campaignId).toBe('a');
	});

	it('gives the impact against the comparison group over the same waves, where there is one', () => {
		const waves = { baseline: share(40, 100), endline: share(60, 100) };
		const without = changeOfCampaign(KNW1, { campaignId: 'a', waves });
		expect('impact' in without && without.impact).toBeNull();
		const result = changeOfCampaign(KNW1, {
			campaignId: 'a',
			waves,
			comparison: { baseline: share(40, 100), endline: share(45, 100) }
		});
		if (!('impact' in result) || !result.impact) throw new Error('expected an impact');
		expect(result.impact).toMatchObject({ from: 'baseline', to: 'endline', suppressed: false });
		expect(result.impact.value).toBeCloseTo(0.15, 12);
		const small = changeOfCampaign(KNW1, {
			campaignId: 'a',
			waves,
			comparison: { baseline: share(10, 20), endline: share(12, 20) }
		});
		expect('impact' in small && small.impact).toMatchObject({ suppressed: true, value: null });
	});

	it.each([
		{ waves: {}, reason: 'one_wave' },
		{ waves: { baseline: share(40, 100) }, reason: 'one_wave' },
		{ waves: { baseline: share(40, 100), endline: share(0, 0) }, reason: 'one_wave' },
		{ waves: { baseline: share(10, 24), endline: share(50, 100) }, reason: 'suppressed' }
	])('leaves out $waves as $reason', ({ waves, reason }) => {
		expect(changeOfCampaign(KNW1, { campaignId: 'a', waves })).toEqual({ campaignId: 'a', excluded: reason });
	});
});

describe('the pool', () => {
	it('weights each change by the variance read from its interval', () => {
		const pairs = [
			[share(40, 100), share(55, 120)],
			[share(30, 200), share(38, 180)],
			[share(50, 80), share(52, 90)]
		] as const;
		const changes = pairs.map(([from, to], i) => {
			const result = changeOfCampaign(KNW1, { campaignId: String(i), waves: { baseline: from, endline: to } });
			if (!('change' in result)) throw new Error('expected a change');
			return result.change;
		});
		const studies = pairs.map(([from, to]) => {
			const change = changeInProportion({ x: from.sum, n: from.n }, { x: to.sum, n: to.n });
			return { value: change.value!, se: (change.ciHigh! - change.ciLow!) / (2 * Z_95) };
		});
		const pooled = poolChanges(changes);
		const expected = poolRandomEffects(studies);
		expect(pooled.value).toBeCloseTo(expected.value!, 12);
		expect(pooled.ciLow).toBeCloseTo(expected.ciLow!, 12);
		expect(pooled.tau2).toBeCloseTo(expected.tau2!, 12);
		expect(pooled.k).toBe(3);
	});

	it('is empty, not an error, with no campaign', () => {
		expect(poolChanges([])).toMatchObject({ value: null, ciLow: null, ciHigh: null, k: 0 });
	});
});

describe('the pool’s weights', () => {
	const changesOf = (pairs: readonly (readonly [ReturnType<typeof share>, ReturnType<typeof share>])[]) =>
		pairs.map(([from, to], i) => {
			const result = changeOfCampaign(KNW1, { campaignId: String(i), waves: { baseline: from, endline: to } });
			if (!('change' in result)) throw new Error('expected a change');
			return result;
		});

	it('counts the exposed respondents of the two waves compared', () => {
		const [result] = changesOf([[share(40, 100), share(55, 120)]]);
		expect(result.n).toBe(220);
	});

	it.each([
		{
			name: 'equal intervals share equally',
			pairs: [
				[share(40, 100), share(50, 100)],
				[share(40, 100), share(50, 100)]
			]
		},
		{
			name: 'a larger sample weighs more',
			pairs: [
				[share(40, 100), share(50, 100)],
				[share(400, 1000), share(520, 1000)]
			]
		},
		{ name: 'one campaign takes it all', pairs: [[share(40, 100), share(50, 100)]] }
	] as const)('$name, and they add up to 1', ({ pairs }) => {
		const changes = changesOf(pairs).map((result) => result.change);
		const pooled = poolChanges(changes);
		const weights = poolWeights(changes, pooled) as number[];
		expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 12);
		const inverse = changes.map(
			(change) => 1 / (((change.ciHigh! - change.ciLow!) / (2 * Z_95)) ** 2 + (pooled.tau2 ?? 0))
		);
		inverse.forEach((weight, i) => expect(weights[i]).toBeCloseTo(weight / inverse.reduce((a, b) => a + b, 0), 12));
	});

	it('are null when nothing is pooled', () => {
		expect(poolWeights([], poolChanges([]))).toEqual([]);
	});
});
