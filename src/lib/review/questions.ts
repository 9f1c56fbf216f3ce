import type { AnswerValue, SingleAnswer } from './types';

/** One question of the survey version a response answered, in the reader's language. */
export interface QuestionLabel {
	/** The answer code: a core item's id (`K1`) or a custom question's code. */
	code: string;
	/** The question itself: for an item of a battery, the item's own words (`Die on the way`). */
	text: string;
	/** The question a battery's items share (`How likely is it that…`), null elsewhere. */
	battery: string | null;
	/** Takes several answers: a correction lists their codes, separated by spaces or commas. */
	multiple: boolean;
	/** The codes it accepts and what each means; empty for numbers, text and dates. */
	options: { code: string; label: string }[];
	/** A repeat group's member: the group's code (its answers are in each of the group's instances). */
	repeat?: string;
}

/** Whether an answer is a repeat group's: the list of its instances. */
export function isInstanceList(
	value: AnswerValue | null | undefined
): value is readonly Readonly<Record<string, SingleAnswer>>[] {
	return Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null);
}

/** An answer as people read it: the labels of its codes, or the number or text itself. */
export function formatAnswer(question: QuestionLabel | undefined, value: AnswerValue | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (isInstanceList(value)) return formatCodes(value);
	const label = (code: string) => question?.options.find((option) => option.code === code)?.label ?? code;
	if (Array.isArray(value)) return value.map(label).join('; ');
	// A scale's points are numbers, its ends labelled: `5 – Very likely`.
	return label(String(value));
}

/**
 * An answer as stored: its codes, as the table's columns and the correction form show them; a repeat group's,
 * each instance numbered with its members' codes (`#1 age=34 likes=fm tv; #2 age=3`).
 */
export function formatCodes(value: AnswerValue | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (isInstanceList(value))
		return value
			.map((instance, index) =>
				[`#${index + 1}`, ...Object.entries(instance).map(([code, answer]) => `${code}=${formatCodes(answer)}`)].join(
					' '
				)
			)
			.join('; ');
	return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * The questions a correction may name for one response: a repeat group's members once for each of its instances
 * (`members.2.age`, `instanceTitle` saying which), the others as they are.
 */
export function listCorrectableQuestions(
	questions: readonly QuestionLabel[],
	answers: Readonly<Record<string, AnswerValue>>,
	instanceTitle: (group: string, instance: number) => string
): QuestionLabel[] {
	return questions.flatMap((question) => {
		if (question.repeat === undefined) return [question];
		const group = questions.find((candidate) => candidate.code === question.repeat);
		const value = answers[question.repeat];
		const count = Array.isArray(value) ? value.length : 0;
		return Array.from({ length: count }, (_, index) => ({
			...question,
			code: `${question.repeat}.${index + 1}.${question.code}`,
			text: `${question.text} (${instanceTitle(group?.text ?? question.repeat ?? '', index + 1)})`
		}));
	});
}
