import { describe, expect, it } from 'vitest';
import { planAlternatives, planSample } from '$lib/indicators/plan';

const DEFAULTS = { alpha: 0.05, power: 0.8, deff: 1 };

describe('the sample-size planner', () => {
	it.each([
		// n = [1.959964·√(2·0.45·0.55) + 0.841621·√(0.24 + 0.25)]² / 0.01 = 387.34, rounded up; twice that is 774.68.
		{ p1: 0.4, p2: 0.5, deff: 1, n: 388 },
		{ p1: 0.4, p2: 0.5, deff: 2, n: 775 },
		{ p1: 0.5, p2: 0.4, deff: 1, n: 388 }
	])('$p1 → $p2 with design effect $deff needs $n per wave and group', ({ p1, p2, deff, n }) => {
		const plan = planSample({ ...DEFAULTS, p1, p2, deff });
		expect(plan.n).toBe(n);
		expect(plan.totalWithoutComparison).toBe(2 * n);
		expect(plan.totalWithComparison).toBe(4 * n);
	});

	it('offers changes of 5 to 20 points from the same start, in the same direction, within 0–100%', () => {
		expect(planAlternatives({ ...DEFAULTS, p1: 0.4, p2: 0.5 }).map((plan) => plan.p2)).toEqual([0.45, 0.5, 0.55, 0.6]);
		expect(planAlternatives({ ...DEFAULTS, p1: 0.1, p2: 0.05 }).map((plan) => plan.p2)).toEqual([0.05, 0]);
		const ns = planAlternatives({ ...DEFAULTS, p1: 0.4, p2: 0.5 }).map((plan) => plan.n);
		expect([...ns].sort((a, b) => b - a)).toEqual(ns);
	});
});
