import { describe, expect, it } from 'vitest';
import { changeInMean, estimateMean, type MeanCell } from '$lib/stats';
import fixture from './fixtures/means.json';
import { expectClose, expectDefined, TOLERANCE } from './reference';

describe('estimateMean against R (t.test on the data; n, Σx and Σx² given)', () => {
	it.each(fixture.cases.single)('$name (n = $n) at $level', (reference) => {
		const { n, sum, sumSquares, level, value, sd, ciLow, ciHigh, variance } = reference;
		const estimate = estimateMean({ n, sum, sumSquares }, level);
		expect(estimate.n).toBe(n);
		expectClose(estimate.value, value, TOLERANCE);
		expectClose(estimate.sd, sd, TOLERANCE);
		expectClose(estimate.ciLow, ciLow, TOLERANCE);
		expectClose(estimate.ciHigh, ciHigh, TOLERANCE);
		expectClose(estimate.variance, variance, TOLERANCE);
	});
});

describe("changeInMean against R (t.test Welch; effectsize's Cohen's d with the §4 J)", () => {
	it.each(fixture.cases.change)(
		'$from.name → $to.name at $level',
		({ from, to, level, value, ciLow, ciHigh, pValue, df, effectSize, variance }) => {
			const change = changeInMean(from, to, level);
			expectClose(change.value, value, TOLERANCE);
			expectClose(change.ciLow, ciLow, TOLERANCE);
			expectClose(change.ciHigh, ciHigh, TOLERANCE);
			expectClose(change.pValue, pValue, TOLERANCE);
			expectClose(change.df, df, TOLERANCE);
			expectClose(change.effectSize, effectSize, TOLERANCE);
			expectClose(change.variance, variance, TOLERANCE);
			expect(change.effectSizeKind).toBe('hedges_g');
		}
	);
});

describe('estimateMean at the edges', () => {
	it('gives nulls for n = 0 (every respondent left out, e.g. all R items dk)', () => {
		expect(estimateMean({ n: 0, sum: 0, sumSquares: 0 })).toEqual({
			value: null,
			ciLow: null,
			ciHigh: null,
			variance: null,
			n: 0,
			sd: null
		});
	});

	it('gives the value alone for n = 1', () => {
		expect(estimateMean({ n: 1, sum: 3.4, sumSquares: 3.4 * 3.4 })).toEqual({
			value: 3.4,
			ciLow: null,
			ciHigh: null,
			variance: null,
			n: 1,
			sd: null
		});
	});

	it.each([
		['whole values', 4, 50],
		['values with no exact binary form', 0.1, 1000],
		['thirds (a respondent’s mean of 3 items)', 11 / 3, 333],
		['zeros', 0, 7]
	])('gives SD 0 and the interval [m, m] when all values are equal (%s)', (_, value, n) => {
		const estimate = estimateMean(cellOf(Array(n).fill(value)));
		expect(estimate.sd).toBe(0);
		expect(estimate.variance).toBe(0);
		expect(estimate.ciLow).toBe(estimate.value);
		expect(estimate.ciHigh).toBe(estimate.value);
		expect(estimate.value).toBeCloseTo(value, 12);
	});

	it('keeps a small real spread, to the digits Σx² − (Σx)²/n leaves (here about 3 significant digits)', () => {
		const estimate = estimateMean(cellOf([1, 1 + 1e-6]));
		expect(Math.abs((estimate.sd as number) / (Math.SQRT1_2 * 1e-6) - 1)).toBeLessThan(1e-3);
	});

	it.each([
		{ n: -1, sum: 0, sumSquares: 0 },
		{ n: 2.5, sum: 1, sumSquares: 1 },
		{ n: 3, sum: Number.NaN, sumSquares: 1 },
		{ n: 3, sum: 1, sumSquares: Infinity },
		{ n: 3, sum: 1, sumSquares: -1 }
	])('refuses n = $n, sum = $sum, sumSquares = $sumSquares', (cell) => {
		expect(() => estimateMean(cell)).toThrow(RangeError);
	});

	it('refuses a level outside (0, 1), whatever n', () => {
		expect(() => estimateMean({ n: 1, sum: 2, sumSquares: 4 }, 1.5)).toThrow(RangeError);
		expect(() => changeInMean({ n: 0, sum: 0, sumSquares: 0 }, { n: 0, sum: 0, sumSquares: 0 }, 0)).toThrow(RangeError);
	});
});

describe('changeInMean at the edges', () => {
	const spread = cellOf([1, 2, 4, 5]);
	const none = {
		ciLow: null,
		ciHigh: null,
		pValue: null,
		effectSize: null,
		effectSizeKind: 'hedges_g',
		variance: null,
		df: null
	};

	it('gives nulls when either wave has no respondent', () => {
		expect(changeInMean(cellOf([]), spread)).toEqual({ ...none, value: null });
		expect(changeInMean(spread, cellOf([]))).toEqual({ ...none, value: null });
	});

	it('gives the difference alone when either wave has one respondent', () => {
		expect(changeInMean(cellOf([2]), spread)).toEqual({ ...none, value: 1 });
		expect(changeInMean(spread, cellOf([2]))).toEqual({ ...none, value: -1 });
	});

	it('uses the other group alone when one group has no spread (df = its n − 1)', () => {
		const change = changeInMean(cellOf([3, 3, 3]), spread);
		expect(change.df).toBeCloseTo(3, 12);
		expectDefined(change);
		expect(change.pValue).not.toBeNull();
	});

	it.each([
		['different', [2, 2, 2], [5, 5], 3],
		['equal', [4, 4], [4, 4, 4], 0]
	])('gives [d, d] and no p, df or g when neither group has spread (%s means)', (_, from, to, d) => {
		const change = changeInMean(cellOf(from), cellOf(to));
		expect(change).toEqual({ ...none, value: d, ciLow: d, ciHigh: d, variance: 0 });
	});

	it('gives a finite number or null for small samples of every kind', () => {
		const samples = [[], [3], [3, 3], [1, 5], [2, 2, 2], [1, 2, 3], [0, 8, 8, 8]];
		for (const a of samples) for (const b of samples) expectDefined(changeInMean(cellOf(a), cellOf(b)));
	});
});

function cellOf(values: number[]): MeanCell {
	return {
		n: values.length,
		sum: values.reduce((total, value) => total + value, 0),
		sumSquares: values.reduce((total, value) => total + value * value, 0)
	};
}
