import { describe, expect, it } from 'vitest';
import { poolRandomEffects, seFromInterval, Z_95 } from '$lib/stats';
import fixture from './fixtures/meta-analysis.json';
import { expectClose, TOLERANCE } from './reference';

describe('poolRandomEffects against R (metafor::rma, method = "DL")', () => {
	it.each(fixture.cases)('$name', (reference) => {
		const intervals = 'intervals' in reference ? reference.intervals : undefined;
		const studies = intervals
			? intervals.map(({ value, ciLow, ciHigh }) => ({ value, se: seFromInterval(ciLow, ciHigh) }))
			: reference.studies;
		if (intervals) studies.forEach((study, i) => expectClose(study.se, reference.studies[i].se, TOLERANCE));
		const pooled = poolRandomEffects(studies, reference.level);
		expect(pooled.k).toBe(reference.k);
		expectClose(pooled.value, reference.value, TOLERANCE);
		expectClose(pooled.se, reference.se, TOLERANCE);
		expectClose(pooled.ciLow, reference.ciLow, TOLERANCE);
		expectClose(pooled.ciHigh, reference.ciHigh, TOLERANCE);
		expectClose(pooled.pValue, reference.pValue, TOLERANCE);
		// One study: metafor reports τ² = I² = Q = 0; here they are null (not estimable).
		const oneStudy = reference.k === 1;
		expectClose(pooled.tau2, oneStudy ? null : reference.tau2, TOLERANCE);
		expectClose(pooled.i2, oneStudy ? null : reference.i2, TOLERANCE);
		expectClose(pooled.q, oneStudy ? null : reference.q, TOLERANCE);
	});
});

describe('poolRandomEffects at the edges', () => {
	const empty = {
		value: null,
		ciLow: null,
		ciHigh: null,
		se: null,
		tau2: null,
		i2: null,
		q: null,
		pValue: null,
		k: 0
	};

	it('gives nulls and k = 0 without studies', () => {
		expect(poolRandomEffects([])).toEqual(empty);
	});

	it('leaves out studies with se = 0 and counts only those used', () => {
		expect(poolRandomEffects([{ value: 0.3, se: 0 }])).toEqual(empty);
		const pooled = poolRandomEffects([
			{ value: 0.3, se: 0 },
			{ value: 0.1, se: 0.05 },
			{ value: 0.2, se: 0.05 }
		]);
		expect(pooled.k).toBe(2);
		expect(pooled.value).toBeCloseTo(0.15, 15);
	});

	it('gives the one study itself, with τ², I² and Q null', () => {
		const pooled = poolRandomEffects([{ value: 0.15, se: 0.04 }]);
		expect(pooled).toMatchObject({ value: 0.15, se: 0.04, tau2: null, i2: null, q: null, k: 1 });
		expect(pooled.ciLow).toBeCloseTo(0.15 - Z_95 * 0.04, 15);
	});

	it('gives τ² = 0 and I² = 0 for identical values', () => {
		const pooled = poolRandomEffects([
			{ value: 0.2, se: 0.05 },
			{ value: 0.2, se: 0.1 }
		]);
		expect(pooled).toMatchObject({ tau2: 0, i2: 0, q: 0, k: 2 });
		expect(pooled.value).toBeCloseTo(0.2, 15);
	});

	it('keeps τ² right when one study is far more precise than the other', () => {
		// w = 1e20 and 1: Q = 9, Σw − Σw²/Σw = 2e20/(1e20 + 1) ≈ 2, so τ² = (9 − 1)/2 = 4 and I² = 8/9
		// (the direct formula rounds Σw − Σw²/Σw to 0; metafor, warning of it, reports τ² = 5.75).
		const pooled = poolRandomEffects([
			{ value: 0, se: 1e-10 },
			{ value: 3, se: 1 }
		]);
		expect(pooled.tau2).toBeCloseTo(4, 12);
		expect(pooled.i2).toBeCloseTo(8 / 9, 12);
	});

	it.each([
		[{ value: Number.NaN, se: 0.1 }],
		[{ value: 0.1, se: -0.1 }],
		[{ value: 0.1, se: Infinity }],
		[{ value: Infinity, se: 0.1 }]
	])('refuses %o', (study) => {
		expect(() => poolRandomEffects([study])).toThrow(RangeError);
	});
});

describe('seFromInterval', () => {
	it('is the width over 2z (§4)', () => {
		expect(seFromInterval(0.0524, 0.3339)).toBe((0.3339 - 0.0524) / (2 * Z_95));
		expect(seFromInterval(0.2, 0.2)).toBe(0);
	});

	it.each([
		[0.3, 0.2],
		[Number.NaN, 0.2],
		[-Infinity, 0.2]
	])('refuses [%s, %s]', (low, high) => {
		expect(() => seFromInterval(low, high)).toThrow(RangeError);
	});
});
