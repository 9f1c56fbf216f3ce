import { describe, expect, it } from 'vitest';
import { reportCustomQuestion } from '$lib/custom-results/estimate';
import type { CustomSums } from '$lib/custom-results/types';
import proportions from '../stats/fixtures/proportions.json';
import means from '../stats/fixtures/means.json';
import { expectClose, TOLERANCE } from '../stats/reference';

// R's own cases (scripts/reference/stats.R) of cells large enough to be shown, at the 95% level every report uses.
const shown = <T extends { level: number }>(cases: T[], n: (item: T) => number[]) =>
	cases.filter((item) => item.level === 0.95 && n(item).every((size) => size >= 25));

const yesNo = (wave: CustomSums['wave'], x: number, n: number): CustomSums => ({
	wave,
	group: 'exposed',
	n,
	counts: { yes: x, no: n - x },
	sum: 0,
	sumSquares: 0
});

describe('a yes/no question’s shares and changes against R', () => {
	it.each(shown(proportions.cases.single, (item) => [item.n]))('$x of $n', ({ x, n, value, ciLow, ciHigh }) => {
		const result = reportCustomQuestion({ code: 'q', type: 'yes_no', answers: ['yes', 'no'] }, [
			yesNo('baseline', x, n)
		]);
		const cell = result.answers[0].cells[0];
		expect(cell).toMatchObject({ count: x, n, suppressed: false, lowPrecision: n < 50 });
		expectClose(cell.value, value, TOLERANCE);
		expectClose(cell.ciLow, ciLow, TOLERANCE);
		expectClose(cell.ciHigh, ciHigh, TOLERANCE);
	});

	it.each(shown(proportions.cases.change, (item) => [item.from.n, item.to.n]))(
		'$from.x/$from.n → $to.x/$to.n',
		({ from, to, value, ciLow, ciHigh, pValue, effectSize }) => {
			const result = reportCustomQuestion({ code: 'q', type: 'yes_no', answers: ['yes', 'no'] }, [
				yesNo('endline', to.x, to.n),
				yesNo('baseline', from.x, from.n)
			]);
			const [change] = result.answers[0].changes;
			expect(change).toMatchObject({ group: 'exposed', from: 'baseline', to: 'endline', suppressed: false });
			expectClose(change.value, value, TOLERANCE);
			expectClose(change.ciLow, ciLow, TOLERANCE);
			expectClose(change.ciHigh, ciHigh, TOLERANCE);
			expectClose(change.pValue, pValue, TOLERANCE);
			expectClose(change.effectSize, effectSize, TOLERANCE);
		}
	);
});

describe('a number question’s means and changes against R', () => {
	const cell = (wave: CustomSums['wave'], sums: { n: number; sum: number; sumSquares: number }): CustomSums => ({
		wave,
		group: 'comparison',
		counts: {},
		...sums
	});

	it.each(shown(means.cases.single, (item) => [item.n]))('$name', ({ n, sum, sumSquares, value, ciLow, ciHigh }) => {
		const result = reportCustomQuestion({ code: 'q', type: 'decimal', answers: [] }, [
			cell('followup', { n, sum, sumSquares })
		]);
		expect(result.scale).toBe('mean');
		expectClose(result.cells[0].value, value, TOLERANCE);
		expectClose(result.cells[0].ciLow, ciLow, TOLERANCE);
		expectClose(result.cells[0].ciHigh, ciHigh, TOLERANCE);
	});

	it.each(shown(means.cases.change, (item) => [item.from.n, item.to.n]))(
		'$from.name → $to.name',
		({ from, to, value, ciLow, ciHigh, pValue, effectSize }) => {
			const result = reportCustomQuestion({ code: 'q', type: 'scale_5', answers: [] }, [
				cell('baseline', from),
				cell('followup', to)
			]);
			const [change] = result.changes;
			expect(change).toMatchObject({ group: 'comparison', from: 'baseline', to: 'followup', suppressed: false });
			expectClose(change.value, value, TOLERANCE);
			expectClose(change.ciLow, ciLow, TOLERANCE);
			expectClose(change.ciHigh, ciHigh, TOLERANCE);
			expectClose(change.pValue, pValue, TOLERANCE);
			expectClose(change.effectSize, effectSize, TOLERANCE);
		}
	);
});

describe('suppression of a small wave and group (docs/standard.md §5.1)', () => {
	it.each([
		[24, true, false],
		[25, false, true],
		[49, false, true],
		[50, false, false]
	])('%i respondents: suppressed %s, low precision %s', (n, suppressed, lowPrecision) => {
		const result = reportCustomQuestion({ code: 'q', type: 'single', answers: ['a', 'b'] }, [
			{ wave: 'baseline', group: 'exposed', n, counts: { a: 10, b: n - 10 }, sum: 0, sumSquares: 0 },
			{ wave: 'endline', group: 'exposed', n: 100, counts: { a: 50, b: 50 }, sum: 0, sumSquares: 0 }
		]);
		const [cell] = result.answers[0].cells;
		expect(cell).toMatchObject({ n, suppressed, lowPrecision });
		expect(cell.count).toBe(suppressed ? null : 10);
		expect(cell.value === null).toBe(suppressed);
		expect(result.answers[0].changes[0].suppressed).toBe(suppressed);
		expect(result.answers[0].changes[0].value === null).toBe(suppressed);
	});
});
