import { z } from 'zod';
import { REVIEW_STATES } from '$lib/review/types';
import { filterShape, readFilterNames } from './schema';

const comment = z.string({ error: 'errors.invalid' }).trim().max(2000, { error: 'errors.comment_too_long' });
const state = z.enum(REVIEW_STATES, { error: 'errors.review_state_unknown' });

/** The review form of one response: its new state, and why. */
export const reviewFormSchema = z.object({ state, comment });

/** The correction form: one answer, by its code, and its new value (empty clears it), with why. */
export const correctionFormSchema = z.object({
	question: z
		.string({ error: 'errors.review_question_required' })
		.trim()
		.min(1, { error: 'errors.review_question_required' })
		.max(64, { error: 'errors.review_question_required' }),
	value: z.string({ error: 'errors.answer_invalid' }).max(10_000, { error: 'errors.answer_invalid' }),
	comment
});

/** A deletion says why, and is confirmed (a box to tick): it cannot be undone. */
export const deletionFormSchema = z.object({
	comment,
	confirm: z.literal('yes', { error: 'errors.review_delete_unconfirmed' })
});

/**
 * The bulk review form: the table's filters (hidden fields, named as in its address: `link`), the state, why,
 * and the step: `preview` counts, `confirm` does it.
 */
export const bulkFormSchema = z.preprocess(
	readFilterNames,
	z.object({
		...filterShape,
		state,
		comment: comment.default(''),
		step: z.enum(['preview', 'confirm'], { error: 'errors.invalid' }).default('preview')
	})
);

export type BulkForm = z.output<typeof bulkFormSchema>;
