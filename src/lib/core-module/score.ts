import type { CoreAnswers } from './answers';
import type { IndicatorValues } from './indicators';
import { A1_VALID } from './options';
import { checkSettings, CORE_ITEMS } from './questions';
import { findOutcome } from './rules';
import type { CampaignSettings, ItemId, SignatureItemId } from './types';

const SIGNATURE_ITEMS: readonly SignatureItemId[] = ['E3_1', 'E3_2', 'E3_3', 'E3_4', 'E3_5'];
const KNOWLEDGE_KEY = CORE_ITEMS.flatMap((item) => (item.kind === 'true_false_dk' ? [item] : []));
const RISK_ITEMS = ['R1', 'R2', 'R3', 'R4', 'R5'] as const;
const PREPARATION_ITEMS = ['P1', 'P2', 'P3', 'P4'] as const;

const LEFT_OUT: IndicatorValues = {
	EXP1: null,
	EXP0: null,
	INF1: null,
	KNW1: null,
	KNW1M: null,
	KNW2: null,
	RSK1: null,
	ATT1: null,
	INT1: null,
	INT2: null,
	TRU1: null,
	TRU2: null,
	SHR1: null
};

/**
 * What one respondent contributes to each indicator of docs/standard.md §3. Only a respondent who consented and is
 * eligible counts; one missing any item of an indicator (imported data) is left out of that indicator alone.
 */
export function scoreResponse(
	answers: CoreAnswers,
	settings: Pick<CampaignSettings, 'signatureMessageCount'>
): IndicatorValues {
	checkSettings(settings);
	if (findOutcome(answers) !== 'complete') return LEFT_OUT;
	const correct = countCorrect(answers);
	const signatures = SIGNATURE_ITEMS.slice(0, settings.signatureMessageCount).map((id) => answers[id]);
	const risks = RISK_ITEMS.map((id) => answers[id]);
	const preparations = PREPARATION_ITEMS.map((id) => answers[id]);
	return {
		EXP1: isComplete(signatures) ? signatures.includes('yes') : null,
		EXP0: answers.E3_P === undefined ? null : answers.E3_P === 'yes',
		INF1: answers.I1 === undefined ? null : answers.I1 >= 4,
		KNW1: correct === null ? null : correct >= 6,
		KNW1M: correct,
		KNW2: answers.A1 === undefined ? null : answers.A1.some((code) => A1_VALID.some((valid) => valid === code)),
		RSK1: isComplete(risks) ? averageRisk(risks) : null,
		ATT1: answers.T1 === undefined ? null : answers.T1 === 'yes',
		INT1: scoreIntention(answers),
		INT2: isComplete(preparations) ? preparations.includes('yes') : null,
		TRU1: isTrusting(answers, ['TR1', 'TR2']),
		TRU2: isTrusting(answers, ['TR6']),
		SHR1: answers.S1 === undefined ? null : answers.S1 === 'yes'
	};
}

/** INT1: everyone who answered M1 counts; M2 or M3 skipped by the survey's logic scores as no. */
export function scoreIntention(answers: CoreAnswers): boolean | null {
	if (answers.M1 === undefined) return null;
	if (answers.M1 !== 'yes') return false;
	if (answers.M2 === undefined) return null;
	if (answers.M2 !== 'yes') return false;
	if (answers.M3 === undefined) return null;
	return answers.M3 === 'irregular';
}

function isComplete<T>(values: readonly (T | undefined)[]): values is readonly T[] {
	return values.every((value) => value !== undefined);
}

/** `dk` counts as not correct. */
function countCorrect(answers: CoreAnswers): number | null {
	const given = KNOWLEDGE_KEY.map((item) => answers[item.id]);
	if (!isComplete(given)) return null;
	return KNOWLEDGE_KEY.filter((item, index) => given[index] === item.correct).length;
}

/** `dk` is not a number: the mean is over the numeric items, and needs at least 3 of them. */
function averageRisk(values: readonly (number | string)[]): number | null {
	const numbers = values.filter((value): value is number => typeof value === 'number');
	return numbers.length < 3 ? null : numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
}

/** Trust of 3 or 4 on any of the items; `dk` is not 3 or more. */
function isTrusting(answers: CoreAnswers, items: readonly Extract<ItemId, `TR${number}`>[]): boolean | null {
	const values = items.map((id) => answers[id]);
	return isComplete(values) ? values.some((value) => typeof value === 'number' && value >= 3) : null;
}
