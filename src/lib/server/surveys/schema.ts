import { z } from 'zod';
import { customQuestionSchema, QUESTION_CODE } from '$lib/survey/custom-question';
import { strictObject } from '../strict-object';

/** Custom questions sent to the API: a list, or `{ questions: [...] }`. */
export const questionsBodySchema = z
	.union([z.array(customQuestionSchema), strictObject({ questions: z.array(customQuestionSchema) })], {
		error: 'errors.invalid'
	})
	.transform((body) => (Array.isArray(body) ? body : body.questions))
	.refine((questions) => questions.length > 0, { error: 'errors.questions_none' });

const questionCode = z
	.string({ error: 'errors.question_not_found' })
	.regex(QUESTION_CODE, { error: 'errors.question_not_found' });

/** The survey editor's small forms: which question, and for a move, which way. */
export const questionRefSchema = z.object({ code: questionCode });
export const moveQuestionSchema = z.object({
	code: questionCode,
	direction: z.enum(['up', 'down'], { error: 'errors.invalid' })
});

/** Far more than a survey's texts in one language (about 400 with 100 custom questions); a bound on one request. */
const MOST_TEXTS = 5000;

/** `PUT /api/v1/campaigns/{id}/translations/{language}`: texts by key; an empty one removes a translation. */
export const translationTextsSchema = strictObject({
	texts: z
		.record(z.string().max(200), z.string({ error: 'errors.invalid' }), { error: 'errors.invalid' })
		.refine((texts) => Object.keys(texts).length <= MOST_TEXTS, { error: 'errors.invalid' })
		.default({})
});
