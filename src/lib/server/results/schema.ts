import { z } from 'zod';
import { DIMENSIONS } from '$lib/indicators';
import { ID_PATTERN } from '$lib/ids';

/** `?by=sex`: the dimension the results page splits its charts by; none (or empty) for all respondents. */
export const resultsQuerySchema = z.object({
	by: z
		.union([z.literal(''), z.enum(DIMENSIONS, { error: 'errors.dimension_unknown' })])
		.optional()
		.transform((by) => by || null)
});

const target = z.coerce
	.number({ error: 'errors.target_invalid' })
	.int({ error: 'errors.target_invalid' })
	.min(1, { error: 'errors.target_invalid' })
	.max(1_000_000, { error: 'errors.target_invalid' });

/** The planner's answer kept as a campaign's target: respondents per wave and group. */
export const sampleTargetSchema = z.object({
	campaignId: z
		.string({ error: 'errors.target_campaign_required' })
		.regex(ID_PATTERN, { error: 'errors.target_campaign_required' }),
	target
});

/** The target changed from the campaign's results page. */
export const campaignTargetSchema = z.object({ target });
