import { z } from 'zod';

/** A public report's address: a token as generateSecret makes them (anything else is simply not found). */
export const publicReportTokenSchema = z.string().regex(/^[a-z2-7]{32}$/);
