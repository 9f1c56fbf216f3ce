import { z } from 'zod';
import { strictObject } from '../strict-object';

/** Most clusters a campaign declares: the largest trials in this field survey a few hundred locations. */
export const MOST_CLUSTERS = 5000;

/** `PUT …/design`: the values of each cluster are checked by checkClusters, which lists every problem. */
export const designBodySchema = strictObject({
	clusters: z
		.array(
			strictObject({
				code: z.unknown(),
				name: z.unknown().optional(),
				stratum: z.unknown().optional(),
				weight: z.unknown().optional()
			}),
			{ error: 'errors.invalid' }
		)
		.max(MOST_CLUSTERS, { error: 'errors.design_too_many_clusters' }),
	panel: z.boolean({ error: 'errors.invalid' }).optional()
});

/** The design page's forms: a cluster named by its code (added or removed), and the panel setting. */
export const clusterCodeFormSchema = z.object({
	code: z
		.string({ error: 'design.problem.code_missing' })
		.trim()
		.min(1, { error: 'design.problem.code_missing' })
		.max(40, { error: 'errors.cluster_unknown' })
});

export const panelFormSchema = z.object({
	panel: z.enum(['yes', 'no'], { error: 'errors.invalid' }).transform((value) => value === 'yes')
});
