import { describe, expect, it } from 'vitest';
import {
	clusterDesignEffect,
	clustersNeeded,
	compareRetention,
	estimateProportion,
	estimateRetention,
	iccFromDesignEffect,
	sampleSizePerGroup
} from '$lib/stats';
import { expectClose, TOLERANCE } from './reference';

describe('sample size with clusters (docs/standard.md §4.6)', () => {
	it.each([
		[15, 0.05, 1.7],
		[1, 0.3, 1],
		[20, 0, 1],
		[10, 1, 10],
		[12.5, 0.02, 1.23]
	])('m = %s, ICC = %s: deff %s', (m, icc, deff) => {
		expectClose(clusterDesignEffect(m, icc), deff, 1e-12);
	});

	it.each([
		[0, 0.05, 'clusterSize'],
		[15, -0.1, 'icc'],
		[15, 1.5, 'icc'],
		[Number.NaN, 0.1, 'clusterSize']
	])('refuses m = %s, ICC = %s', (m, icc, what) => {
		expect(() => clusterDesignEffect(m, icc)).toThrow(new RegExp(what));
	});

	it.each([
		[659, 15, 44],
		[660, 15, 44],
		[661, 15, 45],
		[0, 15, 0],
		[7, 1, 7]
	])('%s respondents in clusters of %s: %s clusters', (n, m, clusters) => {
		expect(clustersNeeded(n, m)).toBe(clusters);
	});

	it('15 a village and an ICC of 0.05 make 0.50 → 0.60 need 659 a wave and group, in 44 villages', () => {
		const deff = clusterDesignEffect(15, 0.05);
		const n = sampleSizePerGroup({ p1: 0.5, p2: 0.6, deff });
		expect(n).toBe(659);
		expect(clustersNeeded(n, 15)).toBe(44);
	});

	it.each([
		[1.7, 15, 0.05],
		[1, 8, 0],
		[0.8, 5, -0.05],
		[2, 1, null],
		[2, 0.5, null],
		[Number.NaN, 10, null]
	])('an observed deff of %s with %s a cluster implies an ICC of %s', (deff, m, icc) => {
		expectClose(iccFromDesignEffect(deff, m), icc, TOLERANCE);
	});
});

describe('panel retention', () => {
	it.each([
		[80, 60],
		[10, 0],
		[25, 25],
		[0, 0]
	])('of %s baseline members, %s retained: the Wilson interval of retained / baseline', (baseline, retained) => {
		const wilson = estimateProportion({ x: retained, n: baseline });
		expect(estimateRetention({ baseline, retained })).toEqual({
			value: wilson.value,
			ciLow: wilson.ciLow,
			ciHigh: wilson.ciHigh
		});
	});

	it('compares exposed − comparison with Newcombe’s interval (his 56/70 − 48/80: 0.2000, 0.0524 to 0.3339)', () => {
		const difference = compareRetention({ baseline: 70, retained: 56 }, { baseline: 80, retained: 48 });
		expectClose(difference.value, 0.2, 1e-12);
		expect(difference.ciLow).toBeCloseTo(0.0524, 4);
		expect(difference.ciHigh).toBeCloseTo(0.3339, 4);
	});

	it('has no difference without baseline members in a group', () => {
		expect(compareRetention({ baseline: 0, retained: 0 }, { baseline: 10, retained: 8 })).toEqual({
			value: null,
			ciLow: null,
			ciHigh: null
		});
	});
});
