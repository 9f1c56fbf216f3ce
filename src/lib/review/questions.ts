import type { AnswerValue } from './types';

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
}

/** An answer as people read it: the labels of its codes, or the number or text itself. */
export function formatAnswer(question: QuestionLabel | undefined, value: AnswerValue | null | undefined): string {
	if (value === null || value === undefined) return '';
	const label = (code: string) => question?.options.find((option) => option.code === code)?.label ?? code;
	if (Array.isArray(value)) return value.map(label).join('; ');
	// A scale's points are numbers, its ends labelled: `5 – Very likely`.
	return label(String(value));
}

/** An answer as stored: its codes, as the table's columns and the correction form show them. */
export function formatCodes(value: AnswerValue | null | undefined): string {
	if (value === null || value === undefined) return '';
	return Array.isArray(value) ? value.join(' ') : String(value);
}
