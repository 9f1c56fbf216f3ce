import { z } from 'zod';
import { INDICATORS } from '$lib/core-module';
import { DIMENSIONS } from '$lib/indicators';
import { PLAN_DEFAULTS } from '$lib/indicators/plan';
import { ID_PATTERN } from '$lib/ids';

const INDICATOR_IDS = INDICATORS.map((indicator) => indicator.id) as [(typeof INDICATORS)[number]['id'], ...(typeof INDICATORS)[number]['id'][]];

/** Values given as the parameter repeated or comma-separated, each once. */
const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
	z
		.array(z.string())
		.transform((values) => [...new Set(values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean))])
		.pipe(z.array(item));

/** `?disaggregate=sex,age_band` (or the parameter repeated): each a dimension of docs/standard.md §5. */
export const indicatorsQuerySchema = z.object({
	disaggregate: listOf(z.enum(DIMENSIONS, { error: 'errors.dimension_unknown' }))
});

/** `?indicator=KNW1&campaign=…&campaign=…`; no campaign named compares all the user may see. */
export const compareQuerySchema = z.object({
	// Placebo recall is a data-quality check (docs/standard.md §3): never pooled.
	indicator: z.enum(INDICATOR_IDS, { error: 'errors.indicator_unknown' }).refine((id) => id !== 'EXP0', { error: 'errors.indicator_not_pooled' }),
	campaign: listOf(z.string().regex(ID_PATTERN, { error: 'errors.campaign_id_invalid' })).pipe(
		z.array(z.string()).max(500, { error: 'errors.campaigns_too_many' })
	)
});

/** The planner's inputs (docs/standard.md §4.5), its defaults when left out; shares as fractions, or as percents on the page. */
function planSchema(scale: 1 | 100) {
	const error = scale === 1 ? 'errors.plan_share_invalid' : 'errors.plan_percent_invalid';
	const share = z.coerce
		.number({ error })
		.min(0, { error })
		.max(scale, { error })
		.transform((value) => value / scale);
	const bounded = (error: string, min: number, max: number, fallback: number) =>
		z.coerce.number({ error }).min(min, { error }).max(max, { error }).default(fallback);
	return z
		.object({
			p1: share,
			p2: share,
			alpha: bounded('errors.plan_alpha_invalid', 0.001, 0.2, PLAN_DEFAULTS.alpha),
			power: bounded('errors.plan_power_invalid', 0.5, 0.99, PLAN_DEFAULTS.power),
			deff: bounded('errors.plan_deff_invalid', 1, 10, PLAN_DEFAULTS.deff)
		})
		.refine((plan) => plan.p1 !== plan.p2, { error: 'errors.plan_same_share', path: ['p2'] });
}

export const sampleSizeQuerySchema = planSchema(1);
export const planFormSchema = planSchema(100);
