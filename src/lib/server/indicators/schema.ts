import { z } from 'zod';
import { DIMENSIONS } from '$lib/indicators';
import { PLAN_DEFAULTS } from '$lib/indicators/plan';
import { ID_PATTERN } from '$lib/ids';

/** Values given as the parameter repeated or comma-separated, each once. */
const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
	z
		.array(z.string())
		.transform((values) => [
			...new Set(
				values
					.flatMap((value) => value.split(','))
					.map((value) => value.trim())
					.filter(Boolean)
			)
		])
		.pipe(z.array(item));

/** `?disaggregate=sex,age_band` (or the parameter repeated): each a dimension of docs/standard.md §5. */
export const indicatorsQuerySchema = z.object({
	disaggregate: listOf(z.enum(DIMENSIONS, { error: 'errors.dimension_unknown' }))
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
	return (
		z
			.object({
				p1: share,
				p2: share,
				alpha: bounded('errors.plan_alpha_invalid', 0.001, 0.2, PLAN_DEFAULTS.alpha),
				power: bounded('errors.plan_power_invalid', 0.5, 0.99, PLAN_DEFAULTS.power),
				deff: z.coerce
					.number({ error: 'errors.plan_deff_invalid' })
					.min(1, { error: 'errors.plan_deff_invalid' })
					.max(10, { error: 'errors.plan_deff_invalid' })
					.optional(),
				clusterSize: z.coerce
					.number({ error: 'errors.plan_cluster_size_invalid' })
					.int({ error: 'errors.plan_cluster_size_invalid' })
					.min(1, { error: 'errors.plan_cluster_size_invalid' })
					.max(1000, { error: 'errors.plan_cluster_size_invalid' })
					.optional(),
				icc: z.coerce
					.number({ error: 'errors.plan_icc_invalid' })
					.min(0, { error: 'errors.plan_icc_invalid' })
					.max(1, { error: 'errors.plan_icc_invalid' })
					.optional()
			})
			.refine((plan) => plan.p1 !== plan.p2, { error: 'errors.plan_same_share', path: ['p2'] })
			// A design effect from clusters needs both their size and how alike their respondents are.
			.refine((plan) => (plan.clusterSize === undefined) === (plan.icc === undefined), {
				error: 'errors.plan_cluster_pair',
				path: ['icc']
			})
			// Clusters give the design effect: one who gives another too has two in mind, and is told so rather than
			// answered with one. The page always sends one, its field showing 1 until it is changed.
			.refine(
				(plan) => plan.deff === undefined || plan.clusterSize === undefined || (scale === 100 && plan.deff === 1),
				{
					error: 'errors.plan_deff_with_clusters',
					path: ['deff']
				}
			)
			.transform((plan) => ({ ...plan, deff: plan.deff ?? PLAN_DEFAULTS.deff }))
	);
}

export const sampleSizeQuerySchema = planSchema(1);
export const planFormSchema = planSchema(100);
