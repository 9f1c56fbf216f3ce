import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	designCohensH,
	designDegreesOfFreedom,
	designHedgesG,
	estimateDesignContrast,
	estimateDesignMean,
	estimateDesignProportion,
	linearisedVariance,
	SINGLETON_STRATUM,
	type DesignFrame,
	type PsuSums
} from '$lib/stats';
import { expectClose, TOLERANCE } from './reference';

// R's `survey` data set apiclus2 (126 schools in 40 districts; PSU dnum, weight pw, no strata), with the
// values docs/standard.md §7 publishes from R 4 and survey 4.1.
interface School {
	cds: string;
	dnum: string;
	stype: string;
	api00: number;
	api99: number;
	yes: number;
	pw: number;
}

const SCHOOLS: School[] = readFileSync(new URL('./fixtures/design/apiclus2.csv', import.meta.url), 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => {
		const [cds, dnum, stype, api00, api99, yes, pw] = line.split(',').map((cell) => cell.replace(/"/g, ''));
		return { cds, dnum, stype, api00: Number(api00), api99: Number(api99), yes: Number(yes), pw: Number(pw) };
	});

/** Each PSU's sums of `value` over the schools `inDomain` keeps. */
function sumByPsu(
	schools: readonly School[],
	psuOf: (school: School) => string,
	value: (school: School) => number,
	inDomain: (school: School) => boolean = () => true
): PsuSums[] {
	const sums = new Map<string, PsuSums>();
	for (const school of schools.filter(inDomain)) {
		const psu = psuOf(school);
		const y = value(school);
		const entry = sums.get(psu) ?? { psu, n: 0, sum: 0, weight: 0, weighted: 0, weightedSquares: 0 };
		entry.n += 1;
		entry.sum += y;
		entry.weight += school.pw;
		entry.weighted += school.pw * y;
		entry.weightedSquares += school.pw * y * y;
		sums.set(psu, entry);
	}
	return [...sums.values()];
}

const byDistrict = (school: School) => school.dnum;
const bySchool = (school: School) => school.cds;
const schoolsFrame = (psuOf: (school: School) => string): DesignFrame => ({
	psus: new Map(SCHOOLS.map((school) => [psuOf(school), 'all']))
});
const DISTRICTS = schoolsFrame(byDistrict);

describe('design-based estimates against the published values of apiclus2 (docs/standard.md §7)', () => {
	it('has 40 PSUs in one stratum: df 39', () => {
		expect(SCHOOLS).toHaveLength(126);
		expect(designDegreesOfFreedom(DISTRICTS)).toBe(39);
	});

	it('mean of api00: 670.811808, SE 30.711576, deff 6.347638, 608.691782 to 732.931835', () => {
		const estimate = estimateDesignMean(DISTRICTS, { psus: sumByPsu(SCHOOLS, byDistrict, (s) => s.api00) });
		expectClose(estimate.value, 670.811808, TOLERANCE);
		expectClose(estimate.se, 30.711576, TOLERANCE);
		expectClose(estimate.deff, 6.347638, TOLERANCE);
		expectClose(estimate.ciLow, 608.691782, TOLERANCE);
		expectClose(estimate.ciHigh, 732.931835, TOLERANCE);
		expect(estimate.n).toBe(126);
		expectClose(estimate.effectiveN, 126 / 6.347638, TOLERANCE);
	});

	it('proportion yes = 1: 0.751292, SE 0.066719, deff 2.977905, logit interval 0.594663 to 0.861494', () => {
		const estimate = estimateDesignProportion(DISTRICTS, { psus: sumByPsu(SCHOOLS, byDistrict, (s) => s.yes) });
		expectClose(estimate.value, 0.751292, TOLERANCE);
		expectClose(estimate.se, 0.066719, TOLERANCE);
		expectClose(estimate.deff, 2.977905, TOLERANCE);
		expectClose(estimate.ciLow, 0.594663, TOLERANCE);
		expectClose(estimate.ciHigh, 0.861494, TOLERANCE);
	});

	it.each([
		['E', 692.810401, 30.28244],
		['H', 598.340659, 16.964995]
	])('api00 in the domain stype %s, against the whole design: %s, SE %s', (stype, value, se) => {
		const sums = sumByPsu(
			SCHOOLS,
			byDistrict,
			(s) => s.api00,
			(s) => s.stype === stype
		);
		const estimate = estimateDesignMean(DISTRICTS, { psus: sums });
		expectClose(estimate.value, value, TOLERANCE);
		expectClose(estimate.se, se, TOLERANCE);
		expect(estimate.df).toBe(39);
	});

	it('contrast E − H: 94.469742, SE 27.660370, 38.521362 to 150.418121, p 0.00150064', () => {
		const domain = (stype: string) =>
			sumByPsu(
				SCHOOLS,
				byDistrict,
				(s) => s.api00,
				(s) => s.stype === stype
			);
		const contrast = estimateDesignContrast(DISTRICTS, [
			{ coefficient: 1, domain: { psus: domain('E') } },
			{ coefficient: -1, domain: { psus: domain('H') } }
		]);
		expectClose(contrast.value, 94.469742, TOLERANCE);
		expectClose(contrast.se, 27.66037, TOLERANCE);
		expectClose(contrast.ciLow, 38.521362, TOLERANCE);
		expectClose(contrast.ciHigh, 150.418121, TOLERANCE);
		expectClose(contrast.pValue, 0.00150064, TOLERANCE);
	});

	it.each([
		['the same schools as two waves, PSU dnum (clusters surveyed twice)', byDistrict, 39, 2.820934],
		['each school its own PSU (a panel)', bySchool, 125, 3.399193]
	])('api00 − api99, %s: 25.777860, SE %s', (_, psuOf, df, se) => {
		const frame = schoolsFrame(psuOf);
		const contrast = estimateDesignContrast(frame, [
			{ coefficient: 1, domain: { psus: sumByPsu(SCHOOLS, psuOf, (s) => s.api00) } },
			{ coefficient: -1, domain: { psus: sumByPsu(SCHOOLS, psuOf, (s) => s.api99) } }
		]);
		expect(contrast.df).toBe(df);
		expectClose(contrast.value, 25.77786, TOLERANCE);
		expectClose(contrast.se, se, TOLERANCE);
	});
});

describe('linearisedVariance', () => {
	const frame: DesignFrame = {
		psus: new Map([
			['a', 'north'],
			['b', 'north'],
			['c', 'south']
		])
	};

	it.each([
		[
			'two PSUs of a stratum: n/(n − 1) Σ (z − z̄_h)²',
			new Map([
				['a', 1],
				['b', 3]
			]),
			2 * 2 + (0 - 4 / 3) ** 2
		],
		['a lonely PSU is centred on the mean of every PSU total', new Map([['c', 3]]), (3 - 1) ** 2],
		['a PSU absent from the domain counts 0', new Map([['a', 2]]), 2 * 2 + (0 - 2 / 3) ** 2]
	])('%s', (_, totals, expected) => {
		expect(linearisedVariance(frame, totals)).toBeCloseTo(expected, 12);
	});

	it('counts singletons in the campaign’s own stratum from the sum and squares of their totals', () => {
		const withSingletons: DesignFrame = {
			psus: new Map([
				['a', SINGLETON_STRATUM],
				['b', SINGLETON_STRATUM]
			]),
			singletons: 2
		};
		// Totals 1 and 3 listed, 0.5 and 1.5 not: four PSUs of mean 1.5, squares 0.25 + 2.25 + 1 + 0.
		const variance = linearisedVariance(
			withSingletons,
			new Map([
				['a', 1],
				['b', 3]
			]),
			{ sum: 2, squares: 2.5 }
		);
		expect(variance).toBeCloseTo((4 / 3) * 3.5, 12);
		expect(designDegreesOfFreedom(withSingletons)).toBe(3);
	});

	it('refuses a PSU the design does not know', () => {
		expect(() => linearisedVariance(frame, new Map([['z', 1]]))).toThrow(RangeError);
	});
});

describe('an empty domain', () => {
	it('has every number null, and the design its df', () => {
		const estimate = estimateDesignMean(DISTRICTS, { psus: [] });
		expect(estimate).toMatchObject({ value: null, se: null, ciLow: null, deff: null, n: 0, df: 39 });
		const contrast = estimateDesignContrast(DISTRICTS, [{ coefficient: 1, domain: { psus: [] } }]);
		expect(contrast).toMatchObject({ value: null, se: null, pValue: null, df: 39 });
	});
});

describe('effect sizes under a design', () => {
	const cell = (value: number | null, sd: number | null, n: number) => ({
		value,
		sd,
		n,
		ciLow: null,
		ciHigh: null,
		se: null,
		variance: null,
		df: 10,
		deff: null,
		effectiveN: null
	});

	it.each([
		['a missing SD', cell(5, null, 1), cell(6, 1, 10), null],
		['a pooled SD of 0', cell(5, 0, 10), cell(5, 0, 10), null],
		['an empty domain', cell(null, null, 0), cell(6, 1, 10), null],
		['two SDs of 2, means 5 → 6, n 10 and 10', cell(5, 2, 10), cell(6, 2, 10), (1 - 3 / 71) * 0.5]
	])('Hedges’ g with %s', (_, from, to, g) => {
		expectClose(designHedgesG(from, to), g, 1e-12);
	});

	it.each([
		[0.6, 0.5, -0.2013579],
		[0.5, 0.6, 0.2013579],
		[null, 0.5, null]
	])('Cohen’s h from %s to %s', (from, to, h) => {
		expectClose(designCohensH(cell(from, null, 10), cell(to, null, 10)), h, 1e-6);
	});
});
