import { LOW_PRECISION_BELOW, SUPPRESS_BELOW } from '../indicators/report';
import { GROUPS, WAVES, type CellResult, type Group, type Wave } from '../indicators/types';
import {
	changeInMean,
	changeInProportion,
	estimateMean,
	estimateProportion,
	seFromInterval,
	type Change,
	type Estimate
} from '../stats';
import {
	MEAN_TYPES,
	type AnswerCell,
	type AnswerResult,
	type CountedQuestion,
	type CustomChange,
	type CustomQuestionResult,
	type CustomSums
} from './types';

/**
 * One of the campaign's own questions in each wave and group, with the statistics of docs/standard.md §4: each
 * answer's share with its Wilson interval, or the mean with its t interval, and the change from the baseline
 * within each group (Newcombe's or Welch's interval). A cell of fewer than 25 respondents is suppressed (§5.1).
 */
export function reportCustomQuestion(question: CountedQuestion, sums: readonly CustomSums[]): CustomQuestionResult {
	const placed = placeSums(sums);
	if ((MEAN_TYPES as readonly string[]).includes(question.type)) {
		const cells = placed.map((cell) => toCell(cell.wave, cell.group, cell.n, estimateMean(cell)));
		return {
			code: question.code,
			type: question.type,
			scale: 'mean',
			cells,
			answers: [],
			changes: listChanges(placed, cells, (from, to) => changeInMean(from, to))
		};
	}
	return {
		code: question.code,
		type: question.type,
		scale: 'proportion',
		cells: placed.map((cell) => toCell(cell.wave, cell.group, cell.n, null)),
		answers: question.answers.map((answer) => reportAnswer(answer, placed)),
		changes: []
	};
}

function reportAnswer(answer: string, placed: readonly CustomSums[]): AnswerResult {
	const shareOf = (cell: CustomSums) => ({ x: cell.counts[answer] ?? 0, n: cell.n });
	const cells = placed.map((cell): AnswerCell => {
		const result = toCell(cell.wave, cell.group, cell.n, estimateProportion(shareOf(cell)));
		// A suppressed cell says how many answered, never what: its counts would be its shares.
		return { ...result, count: result.suppressed ? null : (cell.counts[answer] ?? 0) };
	});
	return {
		code: answer,
		cells,
		changes: listChanges(placed, cells, (from, to) => changeInProportion(shareOf(from), shareOf(to)))
	};
}

/** The cells found, in the order of the waves and groups. */
function placeSums(sums: readonly CustomSums[]): CustomSums[] {
	return WAVES.flatMap((wave) =>
		GROUPS.flatMap((group) => sums.filter((cell) => cell.wave === wave && cell.group === group))
	);
}

/** A cell's estimate (none for a question's respondents alone), suppressed below 25 and of low precision below 50. */
function toCell(wave: Wave, group: Group, n: number, estimate: Estimate | null): CellResult {
	const suppressed = n < SUPPRESS_BELOW;
	const shown = (value: number | null | undefined) => (suppressed || value === undefined ? null : value);
	return {
		wave,
		group,
		n,
		value: shown(estimate?.value),
		ciLow: shown(estimate?.ciLow),
		ciHigh: shown(estimate?.ciHigh),
		se: shown(estimate?.variance == null ? null : Math.sqrt(estimate.variance)),
		deff: shown(estimate && estimate.value !== null ? 1 : null),
		effectiveN: shown(estimate && estimate.value !== null ? n : null),
		suppressed,
		complementary: false,
		lowPrecision: !suppressed && n < LOW_PRECISION_BELOW
	};
}

/** Within each group, from the baseline to each later wave; suppressed when either cell is. */
function listChanges(
	placed: readonly CustomSums[],
	cells: readonly CellResult[],
	compare: (from: CustomSums, to: CustomSums) => Change
): CustomChange[] {
	const changes: CustomChange[] = [];
	for (const group of GROUPS) {
		const from = placed.findIndex((cell) => cell.wave === 'baseline' && cell.group === group);
		if (from < 0) continue;
		placed.forEach((cell, to) => {
			if (cell.group !== group || cell.wave === 'baseline') return;
			const suppressed = cells[from].suppressed || cells[to].suppressed;
			const change = compare(placed[from], cell);
			const shown = (value: number | null) => (suppressed ? null : value);
			changes.push({
				group,
				from: 'baseline',
				to: cell.wave,
				value: shown(change.value),
				ciLow: shown(change.ciLow),
				ciHigh: shown(change.ciHigh),
				pValue: shown(change.pValue),
				effectSize: shown(change.effectSize),
				effectSizeKind: change.effectSizeKind,
				se: shown(change.ciLow === null || change.ciHigh === null ? null : seFromInterval(change.ciLow, change.ciHigh)),
				df: null,
				suppressed,
				complementary: false
			});
		});
	}
	return changes;
}
