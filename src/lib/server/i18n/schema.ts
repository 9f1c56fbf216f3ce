import { z } from 'zod';
import { isSupportedLocale } from './catalogues';

export const languageSchema = z.object({
	locale: z
		.string({ error: 'errors.language_unsupported' })
		.refine(isSupportedLocale, { error: 'errors.language_unsupported' }),
	redirectTo: z.string().optional()
});
