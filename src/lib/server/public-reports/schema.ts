import { z } from 'zod';
import { DIMENSIONS } from '$lib/indicators';

/** A public report's address: a token as generateSecret makes them (anything else is simply not found). */
export const publicReportTokenSchema = z.string().regex(/^[a-z2-7]{32}$/);

/** `?by=` on a public report: the one disaggregation shown beside the totals. */
export const publicReportQuerySchema = z.object({ by: z.enum(DIMENSIONS).optional().catch(undefined) });
