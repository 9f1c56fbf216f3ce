import { describe, expect, it } from 'vitest';
import { sampleSizePerGroup, type SampleSizeInput } from '$lib/stats';
import fixture from './fixtures/sample-size.json';

describe('sampleSizePerGroup against R (the §4 formula, checked there against power.prop.test)', () => {
	it.each(fixture.cases)(
		'$p1 → $p2, α = $alpha ($sides-sided), power $power, deff $deff: $n',
		({ p1, p2, alpha, power, deff, sides, n }) => {
			expect(sampleSizePerGroup({ p1, p2, alpha, power, deff, sides: sides as 1 | 2 })).toBe(n);
		}
	);
});

describe('the published example of docs/standard.md §7', () => {
	it('0.50 → 0.60, one-sided α = 0.05, power 0.8, deff 1: 305 per round', () => {
		expect(sampleSizePerGroup({ p1: 0.5, p2: 0.6, alpha: 0.05, power: 0.8, deff: 1, sides: 1 })).toBe(305);
	});
});

describe('sampleSizePerGroup', () => {
	it('defaults to two-sided α = 0.05, power 0.8, deff 1', () => {
		expect(sampleSizePerGroup({ p1: 0.5, p2: 0.6 })).toBe(
			sampleSizePerGroup({ p1: 0.5, p2: 0.6, alpha: 0.05, power: 0.8, deff: 1, sides: 2 })
		);
		expect(sampleSizePerGroup({ p1: 0.5, p2: 0.6 })).toBe(388);
	});

	it('is symmetric in p1 and p2', () => {
		expect(sampleSizePerGroup({ p1: 0.3, p2: 0.42 })).toBe(sampleSizePerGroup({ p1: 0.42, p2: 0.3 }));
	});

	it('gives Infinity when p1 = p2 (no sample detects a change of 0)', () => {
		expect(sampleSizePerGroup({ p1: 0.4, p2: 0.4 })).toBe(Infinity);
		expect(sampleSizePerGroup({ p1: 0, p2: 0 })).toBe(Infinity);
	});

	it.each<[string, SampleSizeInput]>([
		['p1 below 0', { p1: -0.1, p2: 0.5 }],
		['p2 above 1', { p1: 0.1, p2: 1.5 }],
		['p1 NaN', { p1: Number.NaN, p2: 0.5 }],
		['alpha 0', { p1: 0.1, p2: 0.2, alpha: 0 }],
		['power 1', { p1: 0.1, p2: 0.2, power: 1 }],
		['deff 0', { p1: 0.1, p2: 0.2, deff: 0 }],
		['sides 3', { p1: 0.1, p2: 0.2, sides: 3 as 1 }]
	])('refuses %s', (_, input) => {
		expect(() => sampleSizePerGroup(input)).toThrow(RangeError);
	});
});
