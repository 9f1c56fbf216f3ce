import type { Direction, IndicatorId } from '../core-module';
import type { DesignDomain } from '../stats';

export type Wave = 'baseline' | 'endline' | 'followup';
export type Group = 'exposed' | 'comparison';

export const WAVES: readonly Wave[] = ['baseline', 'endline', 'followup'];
export const GROUPS: readonly Group[] = ['exposed', 'comparison'];

/** A value a sentence shows, formatted in the reader's language: a share, a difference in points, a number, a name. */
export type SentenceValue =
	| { percent: number }
	| { points: number }
	| { number: number; signed?: boolean }
	| { indicator: string }
	| { group: Group }
	| { wave: Wave }
	| { count: number };

/** What a sentence says, before it is put in the reader's language. */
export interface Sentence {
	key: string;
	params: Record<string, SentenceValue>;
}

/** An indicator in one cell: respondents counted in it, the sum of their scores and of their squares. */
export interface Sums {
	n: number;
	sum: number;
	sumSquares: number;
}

/** What the database adds up per wave and group, and per level of a dimension. */
export interface CellSums {
	wave: Wave;
	group: Group;
	/** The dimension's level; null for the whole cell, or for respondents without an answer to the dimension. */
	level: string | null;
	respondents: number;
	/** Responses that took under two minutes (a data-quality flag). */
	quick: number;
	indicators: Record<IndicatorId, Sums>;
	/** Under a complex design (docs/standard.md §4.6): each indicator's PSU and singleton sums in the cell. */
	design?: Record<IndicatorId, DesignDomain>;
	/** Names what `design` is made of (the dimension, the level and its PSUs' sums): the same name, the same domains. */
	designKey?: string;
}

export interface CellResult {
	wave: Wave;
	group: Group;
	/** Respondents counted in this indicator (those who answered what it needs); null where too few to show outside the NGO (§5). */
	n: number | null;
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	/** The standard error: §4's for a simple design, the linearised one under a complex design. */
	se: number | null;
	/** The design effect (1 for a simple design) and the effective sample size n / deff. */
	deff: number | null;
	effectiveN: number | null;
	suppressed: boolean;
	/**
	 * Hidden from donors and the public although large enough to show, so that a smaller cell cannot be worked out
	 * from the total and the other levels (complementary suppression); false in the NGO's own report.
	 */
	complementary: boolean;
	lowPrecision: boolean;
}

export interface ChangeResult {
	group: Group;
	from: Wave;
	to: Wave;
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	pValue: number | null;
	effectSize: number | null;
	effectSizeKind: 'cohens_h' | 'hedges_g';
	/** Its standard error (for a simple design, width / (2z) of its interval, as §4 pools it). */
	se: number | null;
	/** The design's degrees of freedom; null for a simple design. */
	df: number | null;
	suppressed: boolean;
	/** Suppressed only because a cell it needs is hidden to protect a smaller one. */
	complementary: boolean;
	sentence: Sentence;
}

export interface ImpactResult {
	from: Wave;
	to: Wave;
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	pValue: number | null;
	se: number | null;
	/** The design's degrees of freedom; null for a simple design. */
	df: number | null;
	suppressed: boolean;
	/** Suppressed only because a cell it needs is hidden to protect a smaller one. */
	complementary: boolean;
	sentence: Sentence;
}

export interface LevelResult {
	level: string;
	cells: CellResult[];
	changes: ChangeResult[];
	impact: ImpactResult | null;
}

export interface IndicatorResult {
	id: IndicatorId;
	type: 'proportion' | 'mean';
	direction: Direction;
	primary: boolean;
	cells: CellResult[];
	changes: ChangeResult[];
	impact: ImpactResult | null;
	disaggregations: Partial<Record<string, LevelResult[]>>;
}

export type FlagCode =
	| 'placebo_recall_high'
	| 'sample_mix_sex'
	| 'sample_mix_age_band'
	| 'quick_responses'
	| 'retention_low'
	| 'retention_differs';

export interface Flag {
	code: FlagCode;
	wave: Wave;
	group: Group;
	sentence: Sentence;
}
