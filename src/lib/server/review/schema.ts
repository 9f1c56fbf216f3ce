import { z } from 'zod';
import { CORE_LANGUAGES } from '$lib/core-module';
import { REVIEW_STATES, RESPONSE_FLAGS } from '$lib/review/types';
import { strictObject } from '../strict-object';
import { pageLimitSchema } from '../cursor';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const day = z
	.string({ error: 'errors.date_invalid' })
	.regex(DAY, { error: 'errors.date_invalid' })
	// A day that exists (not 2026-02-31), and one whose next day is still written YYYY-MM-DD.
	.refine((value) => isWrittenDay(value), { error: 'errors.date_invalid' });

function isWrittenDay(value: string): boolean {
	const time = Date.parse(`${value}T00:00:00.000Z`);
	return DAY.test(value) && value < '9999' && Number.isFinite(time) && new Date(time).toISOString().startsWith(value);
}

export const filterShape = {
	wave: z.enum(['baseline', 'endline', 'followup'], { error: 'errors.wave_invalid' }).optional(),
	group: z.enum(['exposed', 'comparison'], { error: 'errors.group_invalid' }).optional(),
	linkId: z.string({ error: 'errors.invalid' }).max(100, { error: 'errors.invalid' }).optional(),
	mode: z.enum(['self', 'enumerator'], { error: 'errors.invalid' }).optional(),
	language: z.enum(CORE_LANGUAGES, { error: 'errors.language_unsupported' }).optional(),
	from: day.optional(),
	to: day.optional(),
	state: z.enum(REVIEW_STATES, { error: 'errors.review_state_unknown' }).optional(),
	flag: z.enum(RESPONSE_FLAGS, { error: 'errors.response_flag_unknown' }).optional(),
	durationBelow: z.coerce
		.number({ error: 'errors.invalid' })
		.int({ error: 'errors.invalid' })
		.min(1, { error: 'errors.invalid' })
		.max(86_400, { error: 'errors.invalid' })
		.optional()
};

/** An empty query parameter means no filter on it, as a form's empty choice sends it. */
const blankAsAbsent = (value: unknown) => (value === '' || value === null ? undefined : value);

/** A query or a form as the filters read it: `link` names the link's id, and an empty value no filter. */
export function readFilterNames(input: unknown): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(input as Record<string, unknown>).map(([key, value]) => [
			key === 'link' ? 'linkId' : key,
			blankAsAbsent(value)
		])
	);
}

/** The table's and the API's query: `?limit=50&cursor=…&wave=&group=&link=&state=&flag=&from=&to=`. */
export const responseListQuerySchema = z.preprocess(
	readFilterNames,
	z.object({
		...filterShape,
		limit: pageLimitSchema(50),
		cursor: z.string({ error: 'errors.cursor_invalid' }).max(400, { error: 'errors.cursor_invalid' }).optional()
	})
);

export type ResponseListQuery = z.output<typeof responseListQuerySchema>;

/**
 * `?since=0` (everything) or the `nextSince` of the last page read, and `limit`: what changed in the campaign's
 * responses since then. No filter: a pipeline keeps its copy whole.
 */
export const responseChangesQuerySchema = strictObject({
	since: z.string({ error: 'errors.since_invalid' }).min(1, { error: 'errors.since_invalid' }).max(400, {
		error: 'errors.since_invalid'
	}),
	limit: pageLimitSchema(50)
});

export type ResponseChangesQuery = z.output<typeof responseChangesQuerySchema>;

const comment = z.string({ error: 'errors.invalid' }).trim().max(2000, { error: 'errors.comment_too_long' });

const answer = z.union([z.string().max(10_000), z.number(), z.array(z.string().max(200)).max(100), z.null()], {
	error: 'errors.answer_invalid'
});

/** `PATCH …/responses/{id}`: a review (`state`) or a correction (`answers`), with why; one of the two. */
export const responsePatchSchema = strictObject({
	state: z.enum(REVIEW_STATES, { error: 'errors.review_state_unknown' }).optional(),
	answers: z
		.record(z.string().max(64), answer, { error: 'errors.answers_required' })
		.refine((answers) => Object.keys(answers).length > 0, { error: 'errors.answers_required' })
		.optional(),
	comment: comment.default('')
}).refine((patch) => (patch.state === undefined) !== (patch.answers === undefined), {
	error: 'errors.review_change_required'
});

export type ResponsePatch = z.output<typeof responsePatchSchema>;

/** `POST …/responses/review`: every response the filter keeps goes to `state`; `dryRun` only counts them. */
export const bulkReviewSchema = strictObject({
	filter: strictObject(filterShape).default({}),
	state: z.enum(REVIEW_STATES, { error: 'errors.review_state_unknown' }),
	comment: comment.default(''),
	dryRun: z.boolean({ error: 'errors.invalid' }).default(false)
});

export type BulkReview = z.output<typeof bulkReviewSchema>;

/** `DELETE …/responses/{id}`: why, from the query (`?comment=`) or a JSON body. */
export const responseDeletionSchema = strictObject({ comment });
