import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile, tForLevel, Z_80, Z_95, zForLevel } from '$lib/stats';
import fixture from './fixtures/distributions.json';
import { expectClose, expectRelativelyClose } from './reference';

// Quantiles: 1e-10 absolute up to 1 in size, relative above (near p = ½ R's qt itself keeps only
// absolute digits). Distribution functions: 1e-10 relative, down to the far tails.
const QUANTILE_TOLERANCE = 1e-10;
const CDF_TOLERANCE = 1e-10;
const { normalQuantile: qnorm, normalCdf: pnorm, studentTQuantile: qt, studentTCdf: pt } = fixture.cases;

describe('the distributions against R', () => {
	it.each(qnorm)('normalQuantile($p) = qnorm', ({ p, value }) => {
		expectClose(normalQuantile(p), value, QUANTILE_TOLERANCE);
	});

	it.each(pnorm)('normalCdf($x) = pnorm', ({ x, value }) => {
		expectRelativelyClose(normalCdf(x), value, CDF_TOLERANCE);
	});

	it.each(qt)('studentTQuantile($p, $df) = qt', ({ p, df, value }) => {
		expectClose(studentTQuantile(p, df), value, QUANTILE_TOLERANCE);
	});

	it.each(pt)('studentTCdf($x, $df) = pt', ({ x, df, value }) => {
		expectRelativelyClose(studentTCdf(x, df), value, CDF_TOLERANCE);
	});
});

describe('the distributions at their ends', () => {
	it('gives infinite quantiles at 0 and 1', () => {
		expect(normalQuantile(0)).toBe(-Infinity);
		expect(normalQuantile(1)).toBe(Infinity);
		expect(studentTQuantile(0, 3)).toBe(-Infinity);
		expect(studentTQuantile(1, 3)).toBe(Infinity);
	});

	it('gives 0 at the median', () => {
		expect(normalQuantile(0.5)).toBe(0);
		expect(studentTQuantile(0.5, 1)).toBe(0);
		expect(studentTQuantile(0.5, 1e6)).toBe(0);
	});

	it('is the Cauchy distribution at df = 1, also next to the median', () => {
		for (const h of [1e-3, 1e-5, 1e-9, 1e-13]) {
			expect(studentTQuantile(0.5 + h, 1)).toBeCloseTo(Math.tan(Math.PI * (0.5 + h - 0.5)), 15);
		}
	});

	it('is the normal distribution at df = ∞', () => {
		expect(studentTQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
		expect(studentTCdf(1.5, Infinity)).toBe(normalCdf(1.5));
	});

	it.each([
		['normalQuantile(-0.1)', () => normalQuantile(-0.1)],
		['normalQuantile(1.1)', () => normalQuantile(1.1)],
		['normalQuantile(NaN)', () => normalQuantile(Number.NaN)],
		['normalCdf(NaN)', () => normalCdf(Number.NaN)],
		['studentTQuantile(0.5, 0)', () => studentTQuantile(0.5, 0)],
		['studentTCdf(1, -2)', () => studentTCdf(1, -2)],
		['studentTCdf(1, NaN)', () => studentTCdf(1, Number.NaN)],
		['zForLevel(1)', () => zForLevel(1)],
		['tForLevel(0, 5)', () => tForLevel(0, 5)]
	])('refuses %s', (_, call) => {
		expect(call).toThrow(RangeError);
	});
});

describe('the constants of docs/standard.md §4', () => {
	it('are the quantiles they stand for, to their six decimals', () => {
		expect(Math.abs(Z_95 - normalQuantile(0.975))).toBeLessThan(5e-7);
		expect(Math.abs(Z_80 - normalQuantile(0.8))).toBeLessThan(5e-7);
	});

	it('gives the standard z at 95% and the exact quantile at other levels', () => {
		expect(zForLevel(0.95)).toBe(Z_95);
		expect(zForLevel(0.9)).toBe(normalQuantile(0.95));
		expect(tForLevel(0.95, 9)).toBe(studentTQuantile(0.975, 9));
	});
});
