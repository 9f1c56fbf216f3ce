import { describe, expect, it } from 'vitest';
import { changeInProportion, estimateProportion, Z_95 } from '$lib/stats';
import fixture from './fixtures/proportions.json';
import { expectClose, expectDefined, TOLERANCE } from './reference';

describe('estimateProportion against R (prop.test, correct = FALSE)', () => {
	it.each(fixture.cases.single)('$x of $n at $level', ({ x, n, level, value, ciLow, ciHigh, variance }) => {
		const estimate = estimateProportion({ x, n }, level);
		expect(estimate.n).toBe(n);
		expectClose(estimate.value, value, TOLERANCE);
		expectClose(estimate.ciLow, ciLow, TOLERANCE);
		expectClose(estimate.ciHigh, ciHigh, TOLERANCE);
		expectClose(estimate.variance, variance, TOLERANCE);
	});
});

describe('changeInProportion against R (Newcombe 10 from prop.test, prop.test p, pwr::ES.h)', () => {
	it.each(fixture.cases.change)(
		'$from.x/$from.n → $to.x/$to.n at $level',
		({ from, to, level, value, ciLow, ciHigh, pValue, effectSize, variance }) => {
			const change = changeInProportion(from, to, level);
			expectClose(change.value, value, TOLERANCE);
			expectClose(change.ciLow, ciLow, TOLERANCE);
			expectClose(change.ciHigh, ciHigh, TOLERANCE);
			expectClose(change.pValue, pValue, TOLERANCE);
			expectClose(change.effectSize, effectSize, TOLERANCE);
			expectClose(change.variance, variance, TOLERANCE);
			expect(change.effectSizeKind).toBe('cohens_h');
		}
	);
});

describe('the published examples of docs/standard.md §7', () => {
	// Newcombe (1998), method 10: the table gives p1 − p2 for x1/n1 against x2/n2, so x1/n1 is `to`.
	it.each([
		['56/70', '48/80', '0.2000', '0.0524', '0.3339'],
		['9/10', '3/10', '0.6000', '0.1705', '0.8090'],
		['6/7', '2/7', '0.5714', '0.0582', '0.8062'],
		['5/56', '0/29', '0.0893', '-0.0381', '0.1926'],
		['0/10', '0/20', '0.0000', '-0.1611', '0.2775'],
		['10/10', '0/20', '1.0000', '0.6791', '1.0000']
	])('Newcombe: %s against %s is %s (%s to %s)', (first, second, d, low, high) => {
		const change = changeInProportion(cell(second), cell(first));
		expect(change.value?.toFixed(4)).toBe(d);
		expect(change.ciLow?.toFixed(4)).toBe(low);
		expect(change.ciHigh?.toFixed(4)).toBe(high);
	});

	it("Cohen's h for 0.60 against 0.50 is 0.2014", () => {
		expect(changeInProportion({ x: 50, n: 100 }, { x: 60, n: 100 }).effectSize?.toFixed(4)).toBe('0.2014');
	});
});

describe('estimateProportion at the edges', () => {
	it('gives nulls for n = 0 (no respondent, or everyone left out)', () => {
		expect(estimateProportion({ x: 0, n: 0 })).toEqual({
			value: null,
			ciLow: null,
			ciHigh: null,
			variance: null,
			n: 0
		});
	});

	it('gives 0 with [0, z²/(n + z²)] for 0 of n (all answers dk score as not yes)', () => {
		const estimate = estimateProportion({ x: 0, n: 40 });
		expect(estimate.value).toBe(0);
		expect(estimate.ciLow).toBe(0);
		expect(estimate.ciHigh).toBeCloseTo((Z_95 * Z_95) / (40 + Z_95 * Z_95), 15);
		expect(estimate.variance).toBe(0);
	});

	it('gives 1 with [n/(n + z²), 1] for n of n', () => {
		const estimate = estimateProportion({ x: 40, n: 40 });
		expect(estimate.value).toBe(1);
		expect(estimate.ciLow).toBeCloseTo(40 / (40 + Z_95 * Z_95), 15);
		expect(estimate.ciHigh).toBe(1);
		expect(estimate.variance).toBe(0);
	});

	it.each([
		[0, 1, 0, 0],
		[1, 1, 1, 1]
	])('follows the same rules at n = 1 (%i of %i)', (x, n, value, bound) => {
		const estimate = estimateProportion({ x, n });
		expect(estimate.value).toBe(value);
		expect(value === 0 ? estimate.ciLow : estimate.ciHigh).toBe(bound);
		expectDefined(estimate);
	});

	it('keeps the digits of a small lower bound (1 of a million): it solves (p − π)² = z²π(1 − π)/n', () => {
		const n = 1e6;
		const p = 1 / n;
		const low = estimateProportion({ x: 1, n }).ciLow as number;
		const right = (Z_95 * Z_95 * low * (1 - low)) / n;
		expect(Math.abs((p - low) ** 2 - right) / right).toBeLessThan(1e-15);
	});

	it.each([
		{ x: -1, n: 10 },
		{ x: 11, n: 10 },
		{ x: 1.5, n: 10 },
		{ x: 1, n: Number.NaN },
		{ x: 0, n: Infinity }
	])('refuses $x of $n', (cell) => {
		expect(() => estimateProportion(cell)).toThrow(RangeError);
	});

	it('refuses a level outside (0, 1)', () => {
		expect(() => estimateProportion({ x: 1, n: 2 }, 95)).toThrow(RangeError);
	});

	it('gives a finite number or null for every cell up to n = 30', () => {
		for (let n = 0; n <= 30; n++) for (let x = 0; x <= n; x++) expectDefined(estimateProportion({ x, n }));
	});
});

describe('changeInProportion at the edges', () => {
	it('gives nulls when either wave has no respondent', () => {
		const empty = {
			value: null,
			ciLow: null,
			ciHigh: null,
			pValue: null,
			effectSize: null,
			effectSizeKind: 'cohens_h',
			variance: null
		};
		expect(changeInProportion({ x: 0, n: 0 }, { x: 3, n: 10 })).toEqual(empty);
		expect(changeInProportion({ x: 3, n: 10 }, { x: 0, n: 0 })).toEqual(empty);
	});

	it.each([
		['both 0', { x: 0, n: 10 }, { x: 0, n: 20 }],
		['both 1', { x: 10, n: 10 }, { x: 20, n: 20 }]
	])('gives a null p-value when %s, and the rest defined', (_, from, to) => {
		const change = changeInProportion(from, to);
		expect(change.value).toBe(0);
		expect(change.pValue).toBeNull();
		expect(change.effectSize).toBe(0);
		expect(change.variance).toBe(0);
		expect(change.ciLow).toBeLessThan(0);
		expect(change.ciHigh).toBeGreaterThan(0);
	});

	it('gives p = 1 when both proportions are equal and inside (0, 1)', () => {
		expect(changeInProportion({ x: 5, n: 10 }, { x: 10, n: 20 }).pValue).toBe(1);
	});

	it('stays within [−1, 1] from 0 of n to n of n', () => {
		const change = changeInProportion({ x: 0, n: 1 }, { x: 1, n: 1 });
		expect(change.value).toBe(1);
		expect(change.ciHigh).toBe(1);
		expect(change.ciLow).toBeGreaterThan(-1);
		expect(change.effectSize).toBeCloseTo(Math.PI, 15);
	});

	it('gives a finite number or null for every pair of cells up to n = 6', () => {
		for (let n1 = 0; n1 <= 6; n1++)
			for (let x1 = 0; x1 <= n1; x1++)
				for (let n2 = 0; n2 <= 6; n2++)
					for (let x2 = 0; x2 <= n2; x2++) expectDefined(changeInProportion({ x: x1, n: n1 }, { x: x2, n: n2 }));
	});

	it('refuses an impossible cell', () => {
		expect(() => changeInProportion({ x: 3, n: 2 }, { x: 1, n: 2 })).toThrow(RangeError);
	});
});

function cell(fraction: string): { x: number; n: number } {
	const [x, n] = fraction.split('/').map(Number);
	return { x, n };
}
