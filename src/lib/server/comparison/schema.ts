import { z } from 'zod';
import { INDICATORS, type IndicatorId } from '$lib/core-module';
import { SORTS } from '$lib/comparison/types';
import { isCountryCode } from '$lib/countries';
import { ID_PATTERN } from '$lib/ids';
import { CHANNELS } from '../campaigns/campaign';

/** Placebo recall is a data-quality check (docs/standard.md §3): never pooled, so never offered. */
export const COMPARABLE_INDICATORS = INDICATORS.filter((indicator) => indicator.id !== 'EXP0').map(
	(indicator) => indicator.id
) as [IndicatorId, ...IndicatorId[]];
const INDICATOR_IDS = INDICATORS.map((indicator) => indicator.id) as [IndicatorId, ...IndicatorId[]];
export const DEFAULT_INDICATOR: IndicatorId = 'KNW1';

/** A parameter repeated (`country=SN&country=ML`) or comma-separated, blanks (a select's "any") dropped, each once. */
const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
	z
		.array(z.string())
		.default([])
		.transform((values) => [
			...new Set(
				values
					.flatMap((value) => value.split(','))
					.map((value) => value.trim())
					.filter(Boolean)
			)
		])
		.pipe(z.array(item).max(300, { error: 'errors.compare_too_many_values' }));

const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

/** The comparison page's query string, which is its whole state: a filtered view is a link. */
export const comparisonQuerySchema = z.object({
	indicator: z.preprocess(
		blankAsMissing,
		z.enum(COMPARABLE_INDICATORS, { error: 'errors.compare_indicator_invalid' }).default(DEFAULT_INDICATOR)
	),
	sort: z.preprocess(blankAsMissing, z.enum(SORTS, { error: 'errors.compare_sort_invalid' }).default('effect')),
	country: listOf(
		z
			.string()
			.transform((code) => code.toUpperCase())
			.refine(isCountryCode, { error: 'errors.compare_country_invalid' })
	),
	channel: listOf(z.enum(CHANNELS, { error: 'errors.compare_channel_invalid' })),
	year: listOf(
		z
			.string()
			.regex(/^\d{4}$/, { error: 'errors.compare_year_invalid' })
			.transform(Number)
			.refine((year) => year >= 2000 && year <= 2100, { error: 'errors.compare_year_invalid' })
	),
	organisation: listOf(z.string().regex(ID_PATTERN, { error: 'errors.compare_organisation_invalid' }))
});

/** The API's `?indicator=KNW1&campaign=…&campaign=…`; no campaign named compares all the user may see. */
export const compareQuerySchema = z.object({
	// Placebo recall is a data-quality check (docs/standard.md §3): never pooled.
	indicator: z
		.enum(INDICATOR_IDS, { error: 'errors.indicator_unknown' })
		.refine((id) => id !== 'EXP0', { error: 'errors.indicator_not_pooled' }),
	campaign: z
		.array(z.string())
		.transform((values) => [
			...new Set(
				values
					.flatMap((value) => value.split(','))
					.map((value) => value.trim())
					.filter(Boolean)
			)
		])
		.pipe(z.array(z.string().regex(ID_PATTERN, { error: 'errors.campaign_id_invalid' })))
		.pipe(z.array(z.string()).max(500, { error: 'errors.campaigns_too_many' }))
});

/** The query string as the schema reads it: lists from every repetition, single values from the first. */
export function readComparisonQuery(params: URLSearchParams) {
	return {
		indicator: params.get('indicator') ?? undefined,
		sort: params.get('sort') ?? undefined,
		country: params.getAll('country'),
		channel: params.getAll('channel'),
		year: params.getAll('year'),
		organisation: params.getAll('organisation')
	};
}
