import type { FormAnswers } from '$lib/survey/flow';
import type { SurveyField } from '$lib/survey/fields';
import type { ResponseProblem } from '$lib/survey/response';
import type { Words } from '$lib/survey/words';

/** A language a link offers, named in itself. */
export interface OfferedLanguage {
	code: string;
	name: string;
	dir: 'ltr' | 'rtl';
}

/** What a form carries from page to page besides the answers: it keeps no state on the server. */
export interface SurveyState {
	clientId: string;
	startedAt: string | null;
	page: number;
	answers: FormAnswers;
	asked: string[];
	shownPages: number[];
	/** For the questions whose choices are filtered: the option codes offered given the answers so far. */
	offered?: Record<string, string[]>;
	/** The answers the questions' texts name (`${name}`), as text. */
	fills?: Record<string, string>;
	problems: ResponseProblem[];
	/**
	 * Said above the form, the answers kept in it: `too_many`, the flood limit refused them; `not_saved`, the database
	 * could not store them; `no_address`, the address the proxy should give, which they are counted against, is missing.
	 */
	notice: SurveyNotice | null;
	/** An enumerator's interview without script: the cluster and panel code chosen, kept from page to page. */
	interview?: InterviewChoice;
}

/** The design's refusals of an interview, said the same way: `panel_code_taken` the wave already has that code. */
export type InterviewNotice = 'cluster_unknown' | 'panel_code_invalid' | 'panel_code_taken' | 'panel_off';
export type SurveyNotice = 'too_many' | 'not_saved' | 'no_address' | InterviewNotice;

/** What an interview's form says of its cluster and panel code ('' for none). */
export interface InterviewChoice {
	cluster: string;
	panelCode: string;
}

export interface SurveyView extends ViewBase {
	kind: 'survey';
	mode: 'self' | 'enumerator';
	token: string;
	version: number;
	languages: OfferedLanguage[];
	/** Fields per page, before E3's messages are shuffled for the respondent. */
	pages: SurveyField[][];
	/** Each repeat group's pages for one instance, numbered `@`: the page's script adds instances from them. */
	repeats?: { group: string; pages: SurveyField[][] }[];
	/** Who interviews, on an enumerator link: the phone's queue keeps each interview with its interviewer. */
	interviewer: { id: string; name: string } | null;
	/** On an enumerator link of a campaign with a design: the cluster and panel code each interview asks for. */
	interview?: InterviewDesign | null;
	/** The campaign's recordings of the questions; absent when it has none. */
	audio?: PageAudio;
	state: SurveyState;
}

/** What a survey page plays: its questions read aloud in the page's language. */
export interface PageAudio {
	/** Each recorded question's address, by its code (a repeat group's member by its own code, in every instance). */
	recordings: Record<string, string>;
	/** Whether each page starts with a button that plays its recordings in turn (with the page's script). */
	readAloud: boolean;
	/** On an enumerator's link: every recording in the survey's languages, for the phone to keep offline. */
	offline?: string[];
}

/** What an enumerator's interview asks before its questions, so that it works offline too. */
export interface InterviewDesign {
	/** The campaign's clusters to choose from; none when the link is one cluster's. */
	clusters: { code: string; name: string | null }[];
	/** The link's own cluster, when it has one. */
	linkCluster: string | null;
	panel: boolean;
	/** At a later wave, the baseline's panel codes of the link's group, to look a code up among. */
	baselineCodes: string[];
}

/** What every respondent's page shows at its top, in the language of the page. */
export interface ViewBase {
	language: string;
	/** The page's texts in that language. */
	words: Words;
	dir: 'ltr' | 'rtl';
	title: string;
	organisation: string;
	logo: string | null;
}

export type RespondentView =
	| SurveyView
	| (ViewBase & { kind: 'language'; mode: 'self' | 'enumerator'; languages: OfferedLanguage[] })
	| (ViewBase & { kind: 'sign_in'; reason: 'sign_in' | 'not_member' });
