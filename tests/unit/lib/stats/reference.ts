import { expect } from 'vitest';

/**
 * Agreement with R's fixtures: |actual − expected| ≤ tolerance · max(1, |expected|), that is absolute
 * for values up to 1 in size (proportions, p-values, intervals of them) and relative above (means on
 * large scales, t quantiles in the far tails). A null expected (R's NA or NaN) must be null here.
 */
export function expectClose(actual: number | null, expected: number | null, tolerance: number): void {
	if (expected === null) {
		expect(actual).toBeNull();
		return;
	}
	expect(actual).not.toBeNull();
	const difference = Math.abs((actual as number) - expected);
	const allowed = tolerance * Math.max(1, Math.abs(expected));
	expect(difference, `${actual} against ${expected}`).toBeLessThanOrEqual(allowed);
}

/** Relative agreement, for probabilities down to the far tails. */
export function expectRelativelyClose(actual: number, expected: number, tolerance: number): void {
	const difference = Math.abs(actual - expected);
	expect(difference, `${actual} against ${expected}`).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

/** The tolerance every statistic is held to against R. */
export const TOLERANCE = 1e-6;

/** Every number of a result is finite or null: never NaN, never ±∞. */
export function expectDefined(result: object): void {
	for (const [key, value] of Object.entries(result)) {
		if (typeof value === 'number') expect(Number.isFinite(value), `${key} = ${value}`).toBe(true);
		else if (typeof value !== 'string') expect(value, key).toBeNull();
	}
}
