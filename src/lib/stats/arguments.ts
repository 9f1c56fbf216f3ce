import type { MeanCell, ProportionCell } from './types';

// Data can only produce cells that pass these checks; anything else is a caller's bug, so it throws.

export function assertProportionCell(cell: ProportionCell): void {
	const { x, n } = cell;
	if (!isCount(n) || !isCount(x) || x > n) {
		throw new RangeError(`a proportion needs whole counts with 0 ≤ x ≤ n, got x = ${x}, n = ${n}`);
	}
}

export function assertMeanCell(cell: MeanCell): void {
	const { n, sum, sumSquares } = cell;
	if (!isCount(n) || !Number.isFinite(sum) || !Number.isFinite(sumSquares) || sumSquares < 0) {
		throw new RangeError(
			`a mean needs a whole n ≥ 0, a finite sum and a finite sum of squares ≥ 0, ` +
				`got n = ${n}, sum = ${sum}, sumSquares = ${sumSquares}`
		);
	}
}

function isCount(value: number): boolean {
	return Number.isInteger(value) && value >= 0;
}
