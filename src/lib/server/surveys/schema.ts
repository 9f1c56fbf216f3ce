import { z } from 'zod';
import { customQuestionSchema } from '$lib/survey/custom-question';

/** Custom questions sent to the API: a list, or `{ questions: [...] }`. */
export const questionsBodySchema = z
	.union([z.array(customQuestionSchema), z.object({ questions: z.array(customQuestionSchema) })], {
		error: 'errors.invalid'
	})
	.transform((body) => (Array.isArray(body) ? body : body.questions));
