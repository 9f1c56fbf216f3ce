import { AGE_BANDS, D1_OPTIONS, D4_OPTIONS, DISAGGREGATIONS, YES_NO, YES_NO_DK } from '../core-module';

/** `ageBand` → `age_band`. */
type SnakeCase<Name extends string> = Name extends `${infer Head}${infer Tail}`
	? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
	: Name;

type SnakeCaseIds<List extends readonly { id: string }[]> = { readonly [K in keyof List]: SnakeCase<List[K]['id']> };

function toSnakeCase<Name extends string>(name: Name): SnakeCase<Name> {
	return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`) as SnakeCase<Name>;
}

// `map` gives an array of the union: the tuple is what `z.enum` and the reports' order need.
/** The core module's disaggregations (docs/standard.md §5), by the names the API and the indicator sums' columns take. */
export const DIMENSIONS = DISAGGREGATIONS.map((disaggregation) =>
	toSnakeCase(disaggregation.id)
) as unknown as SnakeCaseIds<typeof DISAGGREGATIONS>;
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
