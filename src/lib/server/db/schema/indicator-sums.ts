import type { MeanIndicatorId, ProportionIndicatorId } from '../../../core-module';
import type { Dimension } from '../../../indicators/dimensions';
import type { Group, Wave } from './campaigns';

/** A proportion scores 0 or 1: its sum of squares is its sum, not kept again. */
type ProportionSums = { [Indicator in ProportionIndicatorId as `${Lowercase<Indicator>}_${'n' | 'sum'}`]: number };
type MeanSums = { [Indicator in MeanIndicatorId as `${Lowercase<Indicator>}_${'n' | 'sum' | 'squares'}`]: number };

/**
 * Each indicator's count (`_n`), sum and, for the means, sum of squares, over the responses of one wave,
 * group and level of every dimension ('' for no answer): kept up to date as each response is stored.
 */
export type IndicatorSumsTable = {
	campaign_id: string;
	wave: Wave;
	group_name: Group;
	respondents: number;
	quick: number;
} & Record<Dimension, string> &
	ProportionSums &
	MeanSums;

/**
 * The same sums added up over every dimension but one: a row per wave, group, dimension and level, and one of
 * `dimension` '' and `level` '' for all the cell's respondents. Kept in the same transactions as `indicator_sums`.
 */
export type IndicatorLevelSumsTable = {
	campaign_id: string;
	wave: Wave;
	group_name: Group;
	dimension: Dimension | '';
	level: string;
	respondents: number;
	quick: number;
} & ProportionSums &
	MeanSums;

export interface IndicatorSumTables {
	indicator_sums: IndicatorSumsTable;
	indicator_level_sums: IndicatorLevelSumsTable;
}
