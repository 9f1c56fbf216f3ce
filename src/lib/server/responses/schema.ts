import { z } from 'zod';
import { MOST_INSTANCES } from '$lib/survey/custom-question';
import { strictObject } from '../strict-object';
import { languageTagSchema } from '../i18n/language-tags';

/** A submission id: made by the form or the tool that sends the response (a UUID, ODK's `uuid:…`). */
export const CLIENT_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/** An ISO 8601 time with its offset, as UTC. */
export const collectTimestampSchema = z.iso
	.datetime({ offset: true, error: 'errors.timestamp_invalid' })
	.transform((value) => new Date(value).toISOString());

/** An answer's key: a code (64 characters at most), or a repeat group member's in one instance (`group.30.member`). */
export const ANSWER_KEY_LENGTH = 64 + 4 + 64;

const plainAnswer = z.union([z.string().max(10_000), z.number(), z.array(z.string().max(200)).max(100), z.null()]);

/** A repeat group's answer: its instances, each its members' answers by member code (checked as questions later). */
const instances = z
	.array(z.record(z.string().max(64), plainAnswer))
	.max(MOST_INSTANCES)
	.describe(
		'A repeat group: its instances in order, each an object of its members’ answers by member code (at most 30)'
	);

const answer = z.union([plainAnswer, instances], { error: 'errors.answer_invalid' });

/** A cluster's or panel member's code as a program sends it: trimmed; null or blank for none. */
function designCode(error: 'errors.cluster_unknown' | 'errors.panel_code_invalid') {
	return z
		.string({ error })
		.trim()
		.max(40, { error })
		.nullable()
		.transform((code) => (code === null || code === '' ? undefined : code))
		.optional();
}

/**
 * `POST /api/v1/collect/{token}/responses`: answers keyed by the answer codes of docs/standard.md §2b and the custom
 * questions' codes, a repeat group's a list of its instances (or its count, with `group.N.member` keys).
 */
export const collectInputSchema = strictObject({
	clientId: z.string({ error: 'errors.client_id_invalid' }).regex(CLIENT_ID, { error: 'errors.client_id_invalid' }),
	language: languageTagSchema,
	startedAt: collectTimestampSchema.nullable().optional(),
	submittedAt: collectTimestampSchema.optional(),
	surveyVersion: z
		.number({ error: 'errors.invalid' })
		.int({ error: 'errors.invalid' })
		.positive({ error: 'errors.invalid' })
		.optional(),
	answers: z.record(z.string().max(ANSWER_KEY_LENGTH), answer, { error: 'errors.answers_required' }),
	cluster: designCode('errors.cluster_unknown'),
	panelCode: designCode('errors.panel_code_invalid')
});

export type CollectInput = z.output<typeof collectInputSchema>;

const flag = z
	.enum(['1', 'true', '0', 'false'], { error: 'errors.invalid' })
	.optional()
	.transform((value) => value === '1' || value === 'true');

/** `POST /api/v1/campaigns/{id}/responses/import?wave=…&group=…&language=…&dryRun=1&skipInvalid=1`: which link, and how. */
export const importQuerySchema = z.object({
	wave: z.enum(['baseline', 'endline', 'followup'], { error: 'errors.wave_invalid' }),
	group: z.enum(['exposed', 'comparison'], { error: 'errors.group_invalid' }),
	language: languageTagSchema.optional().transform((value) => value ?? null),
	dryRun: flag,
	skipInvalid: flag
});

/** The import page's language choice; empty when the survey has one language or the file says it. */
export const importLanguageSchema = z
	.union([z.literal(''), languageTagSchema], { error: 'errors.language_unsupported' })
	.optional()
	.transform((value) => value || null);
