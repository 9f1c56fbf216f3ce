import { describe, expect, it } from 'vitest';
import {
	differenceInDifferences,
	estimateMean,
	estimateProportion,
	type Estimate,
	type MeanCell,
	type ProportionCell
} from '$lib/stats';
import fixture from './fixtures/did.json';
import { expectClose, TOLERANCE } from './reference';

type Cells<T> = { exposedFrom: T; exposedTo: T; comparisonFrom: T; comparisonTo: T };

function estimates<T>(cells: Cells<T>, estimate: (cell: T) => Estimate): Cells<Estimate> {
	return {
		exposedFrom: estimate(cells.exposedFrom),
		exposedTo: estimate(cells.exposedTo),
		comparisonFrom: estimate(cells.comparisonFrom),
		comparisonTo: estimate(cells.comparisonTo)
	};
}

describe('differenceInDifferences against R (lm interaction with HC0/HC2 standard errors)', () => {
	it.each(fixture.cases)('$kind cells at $level', (reference) => {
		const cells =
			reference.kind === 'proportion'
				? estimates(reference.cells as Cells<ProportionCell>, (cell) => estimateProportion(cell))
				: estimates(reference.cells as Cells<MeanCell>, (cell) => estimateMean(cell));
		const did = differenceInDifferences(cells, reference.level);
		expectClose(did.value, reference.value, TOLERANCE);
		expectClose(did.se, reference.se, TOLERANCE);
		expectClose(did.ciLow, reference.ciLow, TOLERANCE);
		expectClose(did.ciHigh, reference.ciHigh, TOLERANCE);
		expectClose(did.pValue, reference.pValue, TOLERANCE);
	});
});

const proportions = (x: Cells<number>, n = 100): Cells<Estimate> =>
	estimates(x, (count) => estimateProportion({ x: count, n }));

describe('the published example of docs/standard.md §7 (Gertler et al.)', () => {
	it('exposed 0.60 → 0.74, comparison 0.78 → 0.81: DiD = 0.11', () => {
		const cells = proportions({ exposedFrom: 60, exposedTo: 74, comparisonFrom: 78, comparisonTo: 81 });
		const did = differenceInDifferences(cells);
		expect(did.value?.toFixed(2)).toBe('0.11');
		expect(did.value).toBeCloseTo(0.11, 15);
	});
});

describe('differenceInDifferences at the edges', () => {
	const empty = { value: null, ciLow: null, ciHigh: null, pValue: null, se: null };
	const some = proportions({ exposedFrom: 20, exposedTo: 30, comparisonFrom: 25, comparisonTo: 26 });

	it('gives nulls when a cell has no respondent', () => {
		const cells = { ...some, comparisonTo: estimateProportion({ x: 0, n: 0 }) };
		expect(differenceInDifferences(cells)).toEqual(empty);
	});

	it('gives nulls when a mean cell has one respondent (no variance)', () => {
		const mean = (values: number[]) =>
			estimateMean({
				n: values.length,
				sum: values.reduce((a, b) => a + b, 0),
				sumSquares: values.reduce((a, b) => a + b * b, 0)
			});
		const cells = {
			exposedFrom: mean([1, 2]),
			exposedTo: mean([3]),
			comparisonFrom: mean([2, 2]),
			comparisonTo: mean([1, 4])
		};
		expect(differenceInDifferences(cells)).toEqual(empty);
	});

	it('gives [DiD, DiD] and no p-value when every cell is 0% or 100% (SE 0)', () => {
		const cells = proportions({ exposedFrom: 0, exposedTo: 100, comparisonFrom: 0, comparisonTo: 0 });
		const did = differenceInDifferences(cells);
		expect(did).toEqual({ value: 1, ciLow: 1, ciHigh: 1, pValue: null, se: 0 });
	});

	it('refuses a level outside (0, 1)', () => {
		expect(() => differenceInDifferences(some, 0)).toThrow(RangeError);
	});
});
