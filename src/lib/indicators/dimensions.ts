import { AGE_BANDS, D1_OPTIONS, D4_OPTIONS, YES_NO, YES_NO_DK } from '../core-module';

/** The disaggregations of docs/standard.md §5, by the names the API takes. */
export const DIMENSIONS = ['sex', 'age_band', 'region', 'education', 'returnee', 'exposure', 'intention'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Each dimension's levels in the order reports show them; a region's are the campaign's own, in its order. */
export const LEVEL_ORDER: Record<Exclude<Dimension, 'region'>, readonly string[]> = {
	sex: D1_OPTIONS,
	age_band: AGE_BANDS,
	education: D4_OPTIONS,
	returnee: YES_NO,
	exposure: YES_NO_DK,
	intention: ['yes', 'no']
};

export function isDimension(name: string): name is Dimension {
	return (DIMENSIONS as readonly string[]).includes(name);
}
