import type { CoreLanguage } from '$lib/core-module';

/** Where a team's review left a response: `rejected` leaves every indicator, report and comparison. */
export const REVIEW_STATES = ['received', 'approved', 'has_issues', 'rejected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * What can be wrong with a response, as docs/standard.md §5.5 defines each: under two minutes; the same answer
 * to every item of a long battery; the placebo message recalled; submitted outside the campaign's dates; core
 * answers identical to another response's of the same link.
 */
export const RESPONSE_FLAGS = ['quick', 'straightline', 'placebo', 'outside_dates', 'duplicate'] as const;
export type ResponseFlag = (typeof RESPONSE_FLAGS)[number];

export type Wave = 'baseline' | 'endline' | 'followup';
export type Group = 'exposed' | 'comparison';

/** An answer to a question asked once: a code, a number, a list of codes, or text. */
export type SingleAnswer = string | number | readonly string[];

/**
 * One answer as the API gives it: a code, a number, a list of codes, or text; a repeat group's, the list of its
 * instances, each its members' answers by member code.
 */
export type AnswerValue = SingleAnswer | readonly Readonly<Record<string, SingleAnswer>>[];

/** A response as the table and the API list it. */
export interface ResponseItem {
	id: string;
	clientId: string;
	linkId: string;
	wave: Wave;
	group: Group;
	mode: 'self' | 'enumerator';
	language: CoreLanguage | string;
	submittedAt: string;
	durationSeconds: number | null;
	state: ReviewState;
	flags: ResponseFlag[];
	/** Its place in the campaign's sampling design: its cluster's code and stratum, its weight, its panel code. */
	cluster: string | null;
	stratum: string | null;
	weight: number | null;
	panelId: string | null;
	/** By answer code: core items by id (`D1`), then the custom questions by code. */
	answers: Record<string, AnswerValue>;
}

/** A review or a correction of one response. */
export interface ResponseEvent {
	kind: 'review' | 'edit';
	at: string;
	/** The name of who did it; null once their account is gone. */
	by: string | null;
	stateBefore: ReviewState;
	stateAfter: ReviewState;
	comment: string;
	/** The answers an edit changed, as they were (absent: unanswered); null for a review. */
	answersBefore: Record<string, AnswerValue | null> | null;
	answersAfter: Record<string, AnswerValue | null> | null;
}

/** One response with everything known about it. */
export interface ResponseDetail extends ResponseItem {
	channel: 'form' | 'api' | 'import';
	startedAt: string | null;
	receivedAt: string;
	surveyVersion: number;
	/** 1 as received; each correction makes the next. */
	answersVersion: number;
	/** Who held the phone, for an enumerator's interview. */
	enumerator: string | null;
	history: ResponseEvent[];
}

/** Which responses a list, a count or a bulk review covers; every field narrows it. */
export interface ResponseFilter {
	wave?: Wave;
	group?: Group;
	linkId?: string;
	mode?: 'self' | 'enumerator';
	language?: string;
	/** YYYY-MM-DD, inclusive, on the day submitted (UTC). */
	from?: string;
	to?: string;
	state?: ReviewState;
	flag?: ResponseFlag;
	/** Whole seconds: responses that took less. */
	durationBelow?: number;
}

/** A change to the campaign's responses since a pipeline last asked, at its data version. */
export type ResponseChange =
	| (ResponseItem & { change: 'new' | 'edited' | 'reviewed'; version: number })
	| { change: 'deleted'; version: number; id: string; clientId: string; wave: Wave; group: Group; deletedAt: string }
	/** Every response of the campaign before this change is gone (its raw responses deleted). */
	| { change: 'purged'; version: number; deletedAt: string };

/** A page of changes, oldest first; `nextSince` asks for what follows, now while `hasMore`, else next time. */
export interface ResponseChangesPage {
	items: ResponseChange[];
	nextSince: string;
	hasMore: boolean;
}

export interface ResponsePage {
	items: ResponseItem[];
	/** Where the next page starts; null on the last. */
	nextCursor: string | null;
}
