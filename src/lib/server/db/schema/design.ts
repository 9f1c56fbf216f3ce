import type { ColumnType } from 'kysely';
import type { MeanIndicatorId, ProportionIndicatorId } from '../../../core-module';
import type { Dimension } from '../../../indicators/dimensions';
import type { Group, Wave } from './campaigns';

/** A cluster a campaign declares (docs/standard.md §4.6), in the order it was given. */
export interface CampaignClustersTable {
	id: string;
	campaign_id: string;
	position: number;
	code: string;
	/** The code in lower case: unique in the campaign. */
	code_key: string;
	name: string | null;
	stratum: string | null;
	weight: number | null;
}

type ShareDesignSums = {
	[Indicator in ProportionIndicatorId as `${Lowercase<Indicator>}_${'n' | 'y' | 'w' | 'wy' | 'ww' | 'wwy'}`]: number;
};
type MeanDesignSums = {
	[
		Indicator in MeanIndicatorId as `${Lowercase<Indicator>}_${'n' | 'y' | 'yy' | 'w' | 'wy' | 'wyy' | 'ww' | 'wwy' | 'wwyy'}`
	]: number;
};

/**
 * Each indicator's unweighted count and sums, weighted sums and sums with squared weights, over the responses
 * that carry a cluster, a weight or a panel code, per wave, group, level of every dimension and primary
 * sampling unit ('' for responses that are their own).
 */
export type DesignSumsTable = {
	campaign_id: string;
	wave: Wave;
	group_name: Group;
	psu: string;
	stratum: string;
	respondents: number;
} & Record<Dimension, string> &
	ShareDesignSums &
	MeanDesignSums;

/** The design sums of a PSU in a wave and group, over every level of its respondents; `generation` moves with each change. */
export type DesignPsusTable = Omit<DesignSumsTable, Dimension> & {
	generation: ColumnType<number, number | undefined, number>;
};

/** A PSU's design sums split by the levels of each dimension, as they were at the PSU's `generation`. */
export interface DesignPsuLevelsTable {
	campaign_id: string;
	wave: Wave;
	group_name: Group;
	psu: string;
	generation: number;
	/** Random, new with each split stored. */
	stamp: string;
	levels: Uint8Array;
}

export interface DesignTables {
	campaign_clusters: CampaignClustersTable;
	design_sums: DesignSumsTable;
	design_psus: DesignPsusTable;
	design_psu_levels: DesignPsuLevelsTable;
}
