import type { CampaignReport } from '../indicators';
import type { ChangeResult, Flag, Group, ImpactResult, IndicatorResult, LevelResult, Wave } from '../indicators/types';
import type { Campaign } from '../server/campaigns/campaign';

/** Responses received in one wave and group; null where a donor may not read the count (fewer than 5). */
export interface ProgressCell {
	wave: Wave;
	group: Group;
	received: number | null;
}

/** What a results reader learns of the campaign itself: the facts a report states, not its survey's wording. */
export type CampaignFacts = Pick<
	Campaign,
	| 'id'
	| 'title'
	| 'description'
	| 'countries'
	| 'regions'
	| 'channels'
	| 'languages'
	| 'startDate'
	| 'endDate'
	| 'comparisonGroup'
	| 'status'
	| 'sampleTarget'
>;

export interface CampaignResults {
	campaign: CampaignFacts;
	organisationName: string;
	reader: 'member' | 'donor';
	/** Whether the reader may set the campaign's sample target (its owners and editors). */
	canSetTarget: boolean;
	report: CampaignReport;
	progress: ProgressCell[];
}

/** A change or an impact with its sentence in the reader's language. */
export type Localised<T extends { sentence: unknown }> = Omit<T, 'sentence'> & { sentence: string };

export type LocalisedLevel = Omit<LevelResult, 'changes' | 'impact'> & {
	changes: Localised<ChangeResult>[];
	impact: Localised<ImpactResult> | null;
};

/** One indicator of a report as a reader reads it: its name and sentences in their language. */
export type LocalisedIndicator = Omit<IndicatorResult, 'changes' | 'impact' | 'disaggregations'> & {
	name: string;
	changes: Localised<ChangeResult>[];
	impact: Localised<ImpactResult> | null;
	disaggregations: Partial<Record<string, LocalisedLevel[]>>;
};

/** A data-quality flag with its message in the reader's language. */
export type LocalisedFlag = Omit<Flag, 'sentence'> & { message: string };

/** A report as the pages, the API and the exports give it: every sentence and flag in the reader's language. */
export type LocalisedReport = Omit<CampaignReport, 'indicators' | 'flags'> & {
	indicators: LocalisedIndicator[];
	flags: LocalisedFlag[];
};
