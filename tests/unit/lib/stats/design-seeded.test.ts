import { describe, expect, it } from 'vitest';
import {
	designCohensH,
	designDegreesOfFreedom,
	designHedgesG,
	estimateDesignContrast,
	estimateDesignMean,
	estimateDesignProportion,
	SINGLETON_STRATUM,
	type DesignDomain,
	type DesignFrame,
	type PsuSums,
	type SingletonSums
} from '$lib/stats';
import designFixture from './fixtures/design.json';
import { expectClose, TOLERANCE } from './reference';
import type { DesignRow } from '../../../helpers/design-rows';

// Seeded campaigns written by scripts/reference/design.R with R's survey package: clustered in strata
// with a lonely PSU, a panel with attrition, a weighted sample.
type Row = DesignRow;

/**
 * The design of a case's rows. With `singletons`, a PSU of a single response is not listed but counted
 * (the campaign's own stratum: only for cases of one stratum), as responses with no cluster or panel code are.
 */
function frameOf(rows: readonly Row[], singletons: boolean): DesignFrame {
	const counts = new Map<string, number>();
	for (const [psu] of rows) counts.set(psu, (counts.get(psu) ?? 0) + 1);
	if (!singletons) return { psus: new Map(rows.map(([psu, stratum]) => [psu, stratum])) };
	const listed = [...counts].filter(([, count]) => count > 1).map(([psu]) => [psu, SINGLETON_STRATUM] as const);
	return { psus: new Map(listed), singletons: counts.size - listed.length };
}

/** A wave and group's sums of one variable over its rows whose value is not missing. */
function domainOf(
	rows: readonly Row[],
	frame: DesignFrame,
	variable: 'known' | 'score',
	wave: string,
	group: string
): DesignDomain {
	const sums = new Map<string, PsuSums>();
	const alone: SingletonSums = {
		n: 0,
		sum: 0,
		weight: 0,
		weighted: 0,
		weightedSquares: 0,
		squaredWeight: 0,
		squaredWeighted: 0,
		squaredWeightedSquares: 0
	};
	for (const [psu, , weight, rowWave, rowGroup, known, score] of rows) {
		const y = variable === 'known' ? known : score;
		if (rowWave !== wave || rowGroup !== group || y === null) continue;
		const entry = frame.psus.has(psu)
			? (sums.get(psu) ?? { psu, n: 0, sum: 0, weight: 0, weighted: 0, weightedSquares: 0 })
			: alone;
		entry.n += 1;
		entry.sum += y;
		entry.weight += weight;
		entry.weighted += weight * y;
		entry.weightedSquares += weight * y * y;
		if (entry === alone) {
			alone.squaredWeight += weight * weight;
			alone.squaredWeighted += weight * weight * y;
			alone.squaredWeightedSquares += weight * weight * y * y;
		} else sums.set(psu, entry as PsuSums);
	}
	return { psus: [...sums.values()], singletons: alone.n > 0 ? alone : undefined };
}

const SEEDED = designFixture.cases.flatMap((fixture) => [
	{ ...fixture, singletons: false, how: 'every PSU listed' },
	...(fixture.expected.strata === 1
		? [{ ...fixture, singletons: true, how: 'PSUs of one response counted, not listed' }]
		: [])
]);

describe.each(SEEDED)('design-based estimates against R survey on seeded data: $name, $how', (fixture) => {
	const rows = fixture.rows as Row[];
	const frame = frameOf(rows, fixture.singletons);
	const { expected } = fixture;

	it(`has ${expected.psus} PSUs in ${expected.strata} strata: df ${expected.df}`, () => {
		expect(frame.psus.size + (frame.singletons ?? 0)).toBe(expected.psus);
		expect(designDegreesOfFreedom(frame)).toBe(expected.df);
	});

	describe.each(['known', 'score'] as const)('%s', (variable) => {
		const reference = expected[variable];
		const estimate = variable === 'known' ? estimateDesignProportion : estimateDesignMean;
		const domain = (wave: string, group: string) => domainOf(rows, frame, variable, wave, group);

		it.each(reference.domains)('$wave, $group (n = $n): estimate, SE, deff and interval', (expectedDomain) => {
			const result = estimate(frame, domain(expectedDomain.wave, expectedDomain.group));
			expect(result.n).toBe(expectedDomain.n);
			for (const key of ['value', 'se', 'deff', 'ciLow', 'ciHigh', 'sd'] as const)
				expectClose(result[key], expectedDomain[key], TOLERANCE);
		});

		it.each(reference.changes)('the change of $group, endline − baseline', (change) => {
			const result = estimateDesignContrast(frame, [
				{ coefficient: 1, domain: domain('endline', change.group) },
				{ coefficient: -1, domain: domain('baseline', change.group) }
			]);
			for (const key of ['value', 'se', 'ciLow', 'ciHigh', 'pValue'] as const)
				expectClose(result[key], change[key], TOLERANCE);
		});

		it.each(reference.changes)('the effect size of $group’s change', (change) => {
			const from = estimate(frame, domain('baseline', change.group));
			const to = estimate(frame, domain('endline', change.group));
			const size = variable === 'known' ? designCohensH(from, to) : designHedgesG(from, to);
			expectClose(size, change.effectSize, TOLERANCE);
		});

		it('the difference in differences', () => {
			const result = estimateDesignContrast(frame, [
				{ coefficient: 1, domain: domain('endline', 'exposed') },
				{ coefficient: -1, domain: domain('baseline', 'exposed') },
				{ coefficient: -1, domain: domain('endline', 'comparison') },
				{ coefficient: 1, domain: domain('baseline', 'comparison') }
			]);
			for (const key of ['value', 'se', 'ciLow', 'ciHigh', 'pValue'] as const)
				expectClose(result[key], reference.did[key], TOLERANCE);
		});
	});
});
