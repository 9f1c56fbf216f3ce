import { describe, expect, it } from 'vitest';
import { reportCustomQuestion } from '$lib/custom-results/estimate';
import { hideSmallCustomCounts } from '$lib/custom-results/redact';
import type { CountedType } from '$lib/custom-results/types';
import { findHiddenParts } from '$lib/indicators/complementary';

describe('findHiddenParts: a partition’s parts donors may not read', () => {
	it.each([
		['nothing small', 100, [40, 35, 25], [false, false, false]],
		['one small part, with the next smallest', 40, [3, 17, 20], [true, true, false]],
		['two small parts protect each other', 40, [3, 4, 33], [true, true, false]],
		['ties go to the first in order', 60, [2, 20, 20, 18], [true, false, false, true]],
		['a part nobody gave protects nothing', 40, [0, 3, 37], [false, true, true]],
		['a part nobody gave is not hidden', 40, [0, 40], [false, false]],
		['few unanswered: the smallest part beside them', 40, [10, 27], [true, false]],
		['many unanswered hide nothing', 60, [30, 20], [false, false]]
	])('%s', (_, total, parts, hidden) => {
		expect(findHiddenParts(total, parts)).toEqual(hidden);
	});
});

function question(type: CountedType, counts: Record<string, number>, n: number) {
	return reportCustomQuestion({ code: 'q', type, answers: Object.keys(counts) }, [
		{ wave: 'baseline', group: 'exposed', n, counts, sum: 0, sumSquares: 0 },
		{ wave: 'endline', group: 'exposed', n: 200, counts: { a: 100, b: 60, c: 40 }, sum: 0, sumSquares: 0 },
		{ wave: 'baseline', group: 'comparison', n: 3, counts: { a: 3 }, sum: 0, sumSquares: 0 }
	]);
}

describe('hideSmallCustomCounts', () => {
	it('hides a single choice’s small answer with the next smallest, and the changes that need them', () => {
		const shown = hideSmallCustomCounts(question('single', { a: 30, b: 6, c: 4 }, 40));
		const baseline = shown.answers.map((answer) => answer.cells[0]);
		expect(baseline.map((cell) => [cell.count, cell.value === null, cell.complementary])).toEqual([
			[30, false, false],
			[null, true, true],
			[null, true, true]
		]);
		expect(shown.answers.map((answer) => answer.changes[0].complementary)).toEqual([false, true, true]);
		expect(shown.answers[1].changes[0]).toMatchObject({ value: null, ciLow: null, pValue: null });
		// Later waves keep what they may show.
		expect(shown.answers.map((answer) => answer.cells[2].count)).toEqual([100, 60, 40]);
		// A group of fewer than 5 is said as such.
		expect(shown.cells.map((cell) => cell.n)).toEqual([40, null, 200]);
	});

	it('hides a multiple choice’s answer that few chose, or few did not', () => {
		const shown = hideSmallCustomCounts(question('multiple', { a: 38, b: 20, c: 2 }, 40));
		expect(shown.answers.map((answer) => answer.cells[0].count)).toEqual([null, 20, null]);
	});

	it('leaves the NGO’s own figures whole', () => {
		const full = question('single', { a: 30, b: 6, c: 4 }, 40);
		expect(full.answers.map((answer) => answer.cells[0].count)).toEqual([30, 6, 4]);
		expect(full.cells.map((cell) => cell.n)).toEqual([40, 3, 200]);
	});

	it('shows a mean’s n from 5, and its value as members read it', () => {
		const full = reportCustomQuestion({ code: 'q', type: 'integer', answers: [] }, [
			{ wave: 'baseline', group: 'exposed', n: 30, counts: {}, sum: 90, sumSquares: 300 },
			{ wave: 'baseline', group: 'comparison', n: 4, counts: {}, sum: 8, sumSquares: 20 }
		]);
		const shown = hideSmallCustomCounts(full);
		expect(shown.cells.map((cell) => [cell.n, cell.value])).toEqual([
			[30, 3],
			[null, null]
		]);
	});
});
