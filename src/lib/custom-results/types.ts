import type { CellResult, ChangeResult, Group, Wave } from '../indicators/types';
import type { CustomQuestionType } from '../survey/custom-question';

/** Custom questions whose answers are shares: each answer's share of those who answered. */
export const SHARE_TYPES = ['single', 'multiple', 'yes_no'] as const;
/** Custom questions whose answers are numbers: their mean. */
export const MEAN_TYPES = ['integer', 'decimal', 'scale_5'] as const;
/** Custom questions whose answers are listed, never added up. */
export const TEXT_TYPES = ['text', 'long_text'] as const;

export type ShareType = (typeof SHARE_TYPES)[number];
export type MeanType = (typeof MEAN_TYPES)[number];
export type TextType = (typeof TEXT_TYPES)[number];
export type CountedType = ShareType | MeanType;

export function isCountedType(type: CustomQuestionType): type is CountedType {
	return (SHARE_TYPES as readonly string[]).includes(type) || (MEAN_TYPES as readonly string[]).includes(type);
}

export function isTextType(type: CustomQuestionType): type is TextType {
	return (TEXT_TYPES as readonly string[]).includes(type);
}

/** A question as its results read it: its code, its type, and for shares its answers' codes in order. */
export interface CountedQuestion {
	code: string;
	type: CountedType;
	answers: string[];
}

/** What the database adds up for one question in one wave and group. */
export interface CustomSums {
	wave: Wave;
	group: Group;
	/** Respondents who answered the question. */
	n: number;
	/** For shares: respondents who gave each answer (several answers each, for a multiple choice). */
	counts: Record<string, number>;
	/** For a mean: the sum of the answers and of their squares. */
	sum: number;
	sumSquares: number;
}

/** A change between two waves of one group, as the indicators' changes give it, without their sentence. */
export type CustomChange = Omit<ChangeResult, 'sentence'>;

/** One answer's share in one wave and group; `count` is null where donors and the public may not read it. */
export interface AnswerCell extends CellResult {
	count: number | null;
}

export interface AnswerResult {
	code: string;
	cells: AnswerCell[];
	changes: CustomChange[];
}

/**
 * One of a campaign's own questions: in each wave and group, its respondents (`cells`, with the mean for a
 * number), and for shares each answer's; changes from the baseline within each group.
 */
export interface CustomQuestionResult {
	code: string;
	type: CountedType;
	scale: 'proportion' | 'mean';
	cells: CellResult[];
	/** For shares: each answer; empty for a mean. */
	answers: AnswerResult[];
	/** For a mean: its changes; empty for shares (each answer has its own). */
	changes: CustomChange[];
}

/** A text answer as members read it: where it came from, never who gave it. */
export interface TextAnswer {
	wave: Wave;
	group: Group;
	submittedAt: string;
	text: string;
}

/** One text question's answers: how many there are, and the latest of them. */
export interface TextQuestionAnswers {
	code: string;
	total: number;
	latest: TextAnswer[];
}

/** A question's result with its wording in the reader's language. */
export type LocalisedCustomQuestion = CustomQuestionResult & { label: string; answerLabels: Record<string, string> };

export type LocalisedTextQuestion = TextQuestionAnswers & { label: string };

/** What the results page shows of the campaign's own questions; `texts` null where the reader may not read them. */
export interface CustomResultsView {
	questions: LocalisedCustomQuestion[];
	texts: LocalisedTextQuestion[] | null;
	/**
	 * The labels of the repeat groups, whose members (asked once an instance) and numbers of instances are not
	 * summarised here: their data is in each group's export. Empty for readers who read no results.
	 */
	repeatGroups: string[];
}
