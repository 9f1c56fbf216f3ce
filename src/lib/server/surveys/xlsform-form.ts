import { z } from 'zod';
import { customQuestionListSchema } from '$lib/survey/question-list';

/** The questions a preview showed, sent back as JSON to be imported; checked again like any input. */
export const confirmImportSchema = z.object({
	questions: z
		.string({ error: 'errors.invalid' })
		.transform((text, context) => {
			try {
				return JSON.parse(text) as unknown;
			} catch {
				context.addIssue({ code: 'custom', message: 'errors.invalid' });
				return z.NEVER;
			}
		})
		.pipe(customQuestionListSchema)
});
