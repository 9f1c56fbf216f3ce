import type { IndicatorId } from '../core-module';
import type { ChangeResult, ImpactResult } from '../indicators/types';
import type { PooledEstimate } from '../stats';

/** Why a campaign asked for is not in the pooled estimate. */
export type ExclusionReason = 'not_found' | 'one_wave' | 'suppressed';

export const SORTS = ['effect', 'country', 'date'] as const;
export type Sort = (typeof SORTS)[number];

/** What the comparison page narrows the campaigns by: each list empty for "any". */
export interface CampaignFilters {
	country: string[];
	channel: string[];
	year: number[];
	organisation: string[];
}

/** The comparison page's query string, which is its whole state: a filtered view is a link. */
export interface ComparisonQuery extends CampaignFilters {
	indicator: IndicatorId;
	sort: Sort;
}

/** One indicator compared across campaigns, as computed: what the API gives, before any wording. */
export interface Comparison {
	indicator: IndicatorId;
	campaigns: ComparedCampaign[];
	pooled: PooledEstimate;
	excluded: { id: string; reason: ExclusionReason }[];
}

export interface ComparedCampaign {
	id: string;
	title: string;
	countries: string[];
	organisationId: string;
	channels: string[];
	startDate: string;
	endDate: string;
	/** Exposed respondents counted in the two waves compared. */
	n: number;
	change: ChangeResult;
	/** The difference-in-differences over the same waves, where there is a comparison group; not pooled. */
	impact: ImpactResult | null;
	/** Its share of the pool's weight (0 to 1); null when it is not pooled. */
	weight: number | null;
	/** `complex` when its estimates account for clusters, strata, weights or a panel (docs/standard.md §4.6). */
	design: 'simple' | 'complex';
}

/** One campaign of the comparison as the page, the chart and the CSV show it. */
export interface ComparisonRow {
	id: string;
	title: string;
	countries: string[];
	organisation: string;
	startDate: string;
	endDate: string;
	n: number;
	value: number;
	ciLow: number;
	ciHigh: number;
	pValue: number | null;
	weight: number | null;
	/** Against the comparison group (difference-in-differences), where there is one with enough answers; not pooled. */
	impact: Estimate | null;
	/** `complex` when its intervals account for clusters, strata, weights or a panel. */
	design: 'simple' | 'complex';
}

export interface Estimate {
	value: number;
	ciLow: number;
	ciHigh: number;
	pValue: number | null;
}

/** The pool as shown: null when fewer than two campaigns are pooled (one campaign is its own estimate, not a pool). */
export interface PooledRow {
	k: number;
	value: number;
	ciLow: number;
	ciHigh: number;
	pValue: number | null;
	i2: number | null;
}

/** One indicator across the campaigns chosen, in the reader's language. */
export interface IndicatorComparison {
	indicator: IndicatorId;
	name: string;
	type: 'proportion' | 'mean';
	rows: ComparisonRow[];
	/** Null with fewer than two campaigns: there is nothing to pool. */
	pooled: PooledRow | null;
	excluded: { id: string; title: string; message: string }[];
}

/** The comparison page: what it may filter on, how many campaigns it shows, each indicator's comparison. */
export interface ComparisonView {
	query: ComparisonQuery;
	facets: {
		countries: { code: string; name: string }[];
		channels: string[];
		years: number[];
		organisations: { id: string; name: string }[];
	};
	/** Campaigns the reader may see, and those the filters keep. */
	visible: number;
	chosen: number;
	main: IndicatorComparison;
	primaries: IndicatorComparison[];
}
