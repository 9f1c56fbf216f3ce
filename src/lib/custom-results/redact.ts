import { findHiddenParts } from '../indicators/complementary';
import { showCount } from '../indicators/redact';
import type { CellResult } from '../indicators/types';
import type { AnswerCell, AnswerResult, CustomChange, CustomQuestionResult } from './types';

/**
 * A question's results as donors and the public read them (docs/standard.md §5): no count below 5. Each answer's
 * count is a count of people, and its share times the respondents shown is that count again: in each wave and
 * group, an answer below 5 is hidden, count and share, with the next smallest (`findHiddenParts`, the rule of the
 * indicators' dimensions), so that the others cannot give it back by subtraction. A multiple choice's answers
 * overlap: each is its own partition, those who chose it and those who did not. A change that needs a hidden
 * share is hidden too.
 */
export function hideSmallCustomCounts(result: CustomQuestionResult): CustomQuestionResult {
	const cells = result.cells.map((cell) => ({ ...cell, n: showCount(cell.n) }));
	if (result.scale === 'mean') return { ...result, cells };
	const hidden = result.answers.map((answer) => answer.cells.map(() => false));
	result.cells.forEach((cell, at) => {
		if (cell.suppressed || cell.n === null) return;
		const counts = result.answers.map((answer) => answer.cells[at].count ?? 0);
		const parts =
			result.type === 'multiple'
				? counts.map((count) => findHiddenParts(cell.n!, [count, cell.n! - count]).some(Boolean))
				: findHiddenParts(cell.n, counts);
		parts.forEach((part, answer) => (hidden[answer][at] = part));
	});
	return {
		...result,
		cells,
		answers: result.answers.map((answer, index) => hideInAnswer(answer, hidden[index]))
	};
}

function hideInAnswer(answer: AnswerResult, hidden: readonly boolean[]): AnswerResult {
	const cells = answer.cells.map((cell, at) => (hidden[at] ? hideCell(cell) : { ...cell, n: showCount(cell.n) }));
	const isHidden = (wave: CellResult['wave'], group: CellResult['group']) =>
		cells.some((cell) => cell.wave === wave && cell.group === group && cell.complementary);
	return {
		...answer,
		cells,
		changes: answer.changes.map((change) =>
			isHidden(change.from, change.group) || isHidden(change.to, change.group) ? hideChange(change) : change
		)
	};
}

function hideCell(cell: AnswerCell): AnswerCell {
	return {
		...cell,
		n: showCount(cell.n),
		count: null,
		value: null,
		ciLow: null,
		ciHigh: null,
		suppressed: true,
		complementary: true,
		lowPrecision: false
	};
}

function hideChange(change: CustomChange): CustomChange {
	if (change.suppressed) return change;
	return {
		...change,
		value: null,
		ciLow: null,
		ciHigh: null,
		pValue: null,
		effectSize: null,
		suppressed: true,
		complementary: true
	};
}
