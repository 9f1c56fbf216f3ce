type ShareSumKey = 'exp1' | 'exp0' | 'inf1' | 'knw1' | 'knw2' | 'att1' | 'int1' | 'int2' | 'tru1' | 'tru2' | 'shr1';
type MeanSumKey = 'knw1m' | 'rsk1';

/**
 * Each indicator's count (`_n`), sum and, for the two means, sum of squares, over the responses of one wave,
 * group and level of every dimension ('' for no answer): kept up to date as each response is stored.
 */
export type IndicatorSumsTable = {
	campaign_id: string;
	wave: 'baseline' | 'endline' | 'followup';
	group_name: 'exposed' | 'comparison';
	sex: string;
	age_band: string;
	region: string;
	education: string;
	returnee: string;
	exposure: string;
	intention: string;
	respondents: number;
	quick: number;
} & Record<`${ShareSumKey}_n` | `${ShareSumKey}_sum` | `${MeanSumKey}_n` | `${MeanSumKey}_sum` | `${MeanSumKey}_squares`, number>;

export interface IndicatorSumTables {
	indicator_sums: IndicatorSumsTable;
}
