import { describe, expect, it } from 'vitest';
import { linearisedVariance, SINGLETON_STRATUM, type DesignFrame } from '$lib/stats';
import { PACKED_ROW, type PsuTable, type RowPlaces } from '$lib/stats/design-domain';
import { compileFrame } from '$lib/stats/design-frame';
import { sumTable, TOTAL_VALUES } from '$lib/stats/design-moments';
import { varianceOfTerms, type MomentTerm } from '$lib/stats/design-terms';

// The variance from per-stratum moments must be the one taken PSU by PSU (linearisedVariance), for estimates and
// for contrasts of domains sharing PSUs, with lonely strata and singletons.

function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

interface Case {
	name: string;
	strata: number;
	psus: number;
	/** Strata of a single PSU, added after the others. */
	lonely: number;
	singletons: number;
	coefficients: number[];
	/** The share of the frame's PSUs each domain has. */
	share: number;
}

const CASES: Case[] = [
	{ name: 'one domain, one stratum', strata: 1, psus: 30, lonely: 0, singletons: 0, coefficients: [1], share: 1 },
	{ name: 'one domain in strata', strata: 4, psus: 200, lonely: 0, singletons: 0, coefficients: [1], share: 0.5 },
	{ name: 'a change, shared PSUs', strata: 4, psus: 120, lonely: 0, singletons: 0, coefficients: [-1, 1], share: 0.8 },
	{ name: 'a DiD', strata: 3, psus: 90, lonely: 0, singletons: 0, coefficients: [-1, 1, 1, -1], share: 0.6 },
	{ name: 'lonely strata', strata: 2, psus: 40, lonely: 3, singletons: 0, coefficients: [-1, 1], share: 0.9 },
	{ name: 'singletons', strata: 2, psus: 40, lonely: 1, singletons: 25, coefficients: [1], share: 0.7 },
	{
		name: 'singletons, a DiD',
		strata: 1,
		psus: 50,
		lonely: 0,
		singletons: 60,
		coefficients: [-1, 1, 1, -1],
		share: 0.5
	}
];

function frameOf({ strata, psus, lonely, singletons }: Case): DesignFrame {
	const listed = new Map<string, string>();
	for (let i = 0; i < psus; i++)
		listed.set(`c:${i}`, i % strata === 0 && singletons > 0 ? SINGLETON_STRATUM : `s${i % strata}`);
	for (let i = 0; i < lonely; i++) listed.set(`c:lonely${i}`, `lonely${i}`);
	return { psus: listed, singletons };
}

/** A domain's table: some of the frame's PSUs, each with n, Σy, Σw, Σwy, Σwy² of weighted 0/1 or scores. */
function tableOf(frame: DesignFrame, share: number, random: () => number): PsuTable {
	const psus = [...frame.psus.keys()].filter(() => random() < share);
	const rows = psus.map(() => {
		const row = new Float64Array(5);
		const n = 1 + Math.floor(random() * 40);
		for (let i = 0; i < n; i++) {
			const w = 50 + random() * 200;
			const y = Math.floor(random() * 5);
			row[PACKED_ROW.n]++;
			row[PACKED_ROW.sum] += y;
			row[PACKED_ROW.weight] += w;
			row[PACKED_ROW.weighted] += w * y;
			row[PACKED_ROW.weightedSquares] += w * y * y;
		}
		return row;
	});
	return { psus, rows, at: PACKED_ROW };
}

function termOf(frame: DesignFrame, table: PsuTable, coefficient: number): MomentTerm {
	const compiled = compileFrame(frame);
	const { totals, offset } = sumTable(table);
	const weight = totals[offset + 2];
	return {
		coefficient,
		value: totals[offset + 3] / weight,
		weight,
		table,
		places: Int32Array.from(table.psus, (psu) => compiled.place.get(psu)!)
	};
}

/** Each PSU's total of the contrast's linearised values: Σ_d c_d (A_d − r_d B_d) / W_d. */
function totalsOf(terms: readonly MomentTerm[]): Map<string, number> {
	const totals = new Map<string, number>();
	for (const { coefficient, value, weight, table } of terms)
		table.rows.forEach((row, r) => {
			const z = (coefficient * (row[table.at.weighted] - value * row[table.at.weight])) / weight;
			totals.set(table.psus[r], (totals.get(table.psus[r]) ?? 0) + z);
		});
	return totals;
}

function expectSame(actual: number, expected: number): void {
	expect(Math.abs(actual - expected), `${actual} against ${expected}`).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

describe('variance from per-stratum moments', () => {
	for (const test of CASES)
		it(`is the variance taken PSU by PSU: ${test.name}`, () => {
			for (let seed = 1; seed <= 20; seed++) {
				const random = seeded(seed * 7919 + test.psus);
				const frame = frameOf(test);
				const terms = test.coefficients.map((c) => termOf(frame, tableOf(frame, test.share, random), c));
				const singletons =
					test.singletons > 0 ? { sum: random() - 0.5, squares: random() * 0.01 } : { sum: 0, squares: 0 };
				const expected = linearisedVariance(frame, totalsOf(terms), singletons);
				expect(expected).toBeGreaterThan(0);
				expectSame(varianceOfTerms(compileFrame(frame), terms, singletons), expected);
			}
		});

	it('takes every variable of rows that tables share in one pass, each table reading its own', () => {
		const random = seeded(42);
		const frame = frameOf(CASES[2]);
		const [first, second] = [tableOf(frame, 0.8, random), tableOf(frame, 0.8, random)];
		// Two variables side by side in each row: the packed one, and the same sums doubled after it.
		const variables: RowPlaces[] = [PACKED_ROW, { n: 5, sum: 6, weight: 7, weighted: 8, weightedSquares: 9 }];
		const widen = (table: PsuTable, variable: number): PsuTable => ({
			...table,
			rows: widened.get(table)!,
			at: variables[variable],
			shared: { variables, variable }
		});
		const widened = new Map(
			[first, second].map((table) => [
				table,
				table.rows.map((row) => Float64Array.from([...Array.from(row), ...Array.from(row, (value) => 2 * value)]))
			])
		);
		for (const variable of [0, 1]) {
			const terms = [termOf(frame, widen(first, variable), -1), termOf(frame, widen(second, variable), 1)];
			const expected = linearisedVariance(frame, totalsOf(terms));
			expectSame(varianceOfTerms(compileFrame(frame), terms, { sum: 0, squares: 0 }), expected);
			const { totals, offset } = sumTable(terms[0].table);
			const n = first.rows.reduce((count, row) => count + (variable + 1) * row[PACKED_ROW.n], 0);
			expect([totals.length, totals[offset], totals[offset + 5]]).toEqual([2 * TOTAL_VALUES, n, first.rows.length]);
		}
	});

	it('refuses a PSU the frame does not have', () => {
		const frame = frameOf(CASES[0]);
		const table: PsuTable = { psus: ['c:elsewhere'], rows: [Float64Array.of(1, 1, 1, 1, 1)], at: PACKED_ROW };
		const term = { ...termOf(frame, { psus: [], rows: [], at: PACKED_ROW }, 1), table, places: Int32Array.of(-1) };
		expect(() => varianceOfTerms(compileFrame(frame), [term], { sum: 0, squares: 0 })).toThrow(RangeError);
	});
});
