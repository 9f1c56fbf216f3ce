import type { QuestionLabel } from './questions';
import type { Group, ResponseDetail, ResponsePage, ReviewState, Wave } from './types';

/** A collection link as the review pages name it: by its wave and group. */
export interface LinkSummary {
	id: string;
	wave: Wave;
	group: Group;
	mode: 'self' | 'enumerator';
}

/** What the responses table of a campaign shows its reader. */
export interface ResponsesTableView {
	campaign: { id: string; title: string; languages: string[] };
	page: ResponsePage;
	links: LinkSummary[];
	/** Every answer the table can show as a column: the core items of the campaign, then its custom questions. */
	answerCodes: string[];
	canReview: boolean;
	/** An enumerator sees only the interviews they did. */
	ownInterviewsOnly: boolean;
}

/** One response with what its page needs to label and review it. */
export interface ResponseView {
	campaign: { id: string; title: string };
	response: ResponseDetail;
	/** The questions of the survey version it answered, in the reader's language. */
	questions: QuestionLabel[];
	canReview: boolean;
	canCorrect: boolean;
	canDelete: boolean;
}

/** What the last bulk review answered: a count (preview) or a change (confirm), or a failure with its form kept. */
export interface BulkOutcome {
	bulk?: {
		step: 'preview' | 'confirm';
		state: ReviewState;
		comment: string;
		matched: number;
		durationBelow: number | null;
	};
	errors?: Record<string, string>;
	values?: Record<string, string>;
}
