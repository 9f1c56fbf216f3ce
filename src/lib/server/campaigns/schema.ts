import { z } from 'zod';
import { isCountryCode } from '$lib/countries';
import { ID_PATTERN } from '$lib/ids';
import { AUDIENCE_SEXES, CHANNELS } from './campaign';
import { languageTagSchema, readLanguageTag } from '../i18n/language-tags';
import { strictObject } from '../strict-object';
import { cursorSchema, pageLimitSchema } from '../cursor';

/** Mesure's five and as many as a campaign translates itself: more would be more than any team keeps up to date. */
export const MOST_LANGUAGES = 12;

const language = languageTagSchema;
/** A language as a key of a text: already in its registered form. */
const languageKey = z
	.string()
	.refine((code) => readLanguageTag(code) === code, { error: 'errors.language_unsupported' });

function distinct<T>(items: T[], key: (item: T) => unknown = (item) => item): boolean {
	return new Set(items.map(key)).size === items.length;
}

/** A message as text in the campaign's first language, or as `{ en: …, fr: … }`. */
const message = z.union(
	[
		z.string().trim().min(3, { error: 'errors.message_required' }).max(300, { error: 'errors.message_too_long' }),
		z.partialRecord(
			languageKey,
			z.string().trim().min(3, { error: 'errors.message_required' }).max(300, { error: 'errors.message_too_long' })
		)
	],
	{ error: 'errors.message_required' }
);

const isoDate = z.iso.date({ error: 'errors.date_invalid' });

export const campaignFields = z.object({
	title: z
		.string({ error: 'errors.title_required' })
		.trim()
		.min(3, { error: 'errors.title_required' })
		.max(200, { error: 'errors.title_too_long' }),
	description: z.string().trim().max(5000, { error: 'errors.description_too_long' }),
	countries: z
		.array(z.string().trim().toUpperCase().refine(isCountryCode, { error: 'errors.country_unknown' }), {
			error: 'errors.countries_required'
		})
		.min(1, { error: 'errors.countries_required' })
		.max(60, { error: 'errors.countries_required' })
		.refine((codes) => distinct(codes), { error: 'errors.duplicates' }),
	regions: z
		.array(
			strictObject({
				code: z
					.string()
					.trim()
					.regex(/^[a-z0-9][a-z0-9_-]{0,39}$/i, { error: 'errors.region_code_invalid' }),
				name: z
					.string()
					.trim()
					.min(1, { error: 'errors.region_name_required' })
					.max(120, { error: 'errors.region_name_required' })
			}),
			{ error: 'errors.regions_required' }
		)
		.min(1, { error: 'errors.regions_required' })
		.max(300, { error: 'errors.regions_required' })
		.refine((regions) => distinct(regions, (r) => r.code.toLowerCase()), { error: 'errors.duplicates' }),
	channels: z
		.array(z.enum(CHANNELS, { error: 'errors.channel_unknown' }), { error: 'errors.channels_required' })
		.min(1, { error: 'errors.channels_required' })
		.refine((channels) => distinct(channels), { error: 'errors.duplicates' }),
	audience: strictObject({
		minAge: z
			.int({ error: 'errors.age_invalid' })
			.min(15, { error: 'errors.age_invalid' })
			.max(99, { error: 'errors.age_invalid' })
			.nullable()
			.default(null),
		maxAge: z
			.int({ error: 'errors.age_invalid' })
			.min(15, { error: 'errors.age_invalid' })
			.max(99, { error: 'errors.age_invalid' })
			.nullable()
			.default(null),
		sex: z.enum(AUDIENCE_SEXES, { error: 'errors.invalid' }).default('all'),
		description: z.string().trim().max(1000, { error: 'errors.description_too_long' }).default('')
	}).refine((a) => a.minAge === null || a.maxAge === null || a.minAge <= a.maxAge, {
		error: 'errors.age_range_invalid'
	}),
	languages: z
		.array(language, { error: 'errors.languages_required' })
		.min(1, { error: 'errors.languages_required' })
		.max(MOST_LANGUAGES, { error: 'errors.languages_too_many' })
		.refine((languages) => distinct(languages), { error: 'errors.duplicates' }),
	startDate: isoDate,
	endDate: isoDate,
	signatureMessages: z
		.array(message, { error: 'errors.signature_messages_count' })
		.min(2, { error: 'errors.signature_messages_count' })
		.max(5, { error: 'errors.signature_messages_count' }),
	placeboMessage: message,
	comparisonGroup: z.boolean({ error: 'errors.invalid' })
});

const checkDates = (value: { startDate?: string; endDate?: string }) =>
	!value.startDate || !value.endDate || value.startDate <= value.endDate;

// Defaults only when creating: a PATCH that leaves a field out keeps what is stored.
const createCampaignFields = campaignFields.extend({
	organisationId: z.string().regex(ID_PATTERN, { error: 'errors.organisation_not_found' }).optional(),
	description: campaignFields.shape.description.default(''),
	audience: campaignFields.shape.audience.default({ minAge: null, maxAge: null, sex: 'all', description: '' }),
	comparisonGroup: campaignFields.shape.comparisonGroup.default(false)
});

export const createCampaignSchema = createCampaignFields.refine(checkDates, {
	error: 'errors.dates_order',
	path: ['endDate']
});

/** The API's POST: the same fields, and no other. */
export const createCampaignApiSchema = strictObject(createCampaignFields.shape).refine(checkDates, {
	error: 'errors.dates_order',
	path: ['endDate']
});

/** PATCH: any subset of the fields; lists replace the stored ones whole. */
export const updateCampaignSchema = campaignFields
	.partial()
	.refine(checkDates, { error: 'errors.dates_order', path: ['endDate'] });

/** The API's PATCH: only the campaign's own fields, at least one; a misspelt field is refused, not ignored. */
export const campaignPatchSchema = strictObject(campaignFields.partial().shape)
	.refine((patch) => Object.keys(patch).length > 0, { error: 'errors.nothing_to_change' })
	.refine(checkDates, { error: 'errors.dates_order', path: ['endDate'] });

export const campaignFiltersSchema = z.object({
	organisationId: z.string().regex(ID_PATTERN).optional(),
	// PostgreSQL refuses a NUL in any text it is given.
	q: z
		.string()
		.trim()
		.max(100)
		.regex(/^[^\u0000]*$/)
		.optional(),
	country: z.string().trim().toUpperCase().refine(isCountryCode).optional(),
	status: z.enum(['draft', 'collecting', 'closed']).optional(),
	year: z.coerce.number().int().min(2000).max(2100).optional()
});

/** `GET /api/v1/campaigns`: the filters, and `limit` campaigns a page after `cursor`. */
export const campaignPageQuerySchema = campaignFiltersSchema.extend({
	limit: pageLimitSchema(100),
	cursor: cursorSchema
});

export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;
export type UpdateCampaignInput = z.infer<typeof updateCampaignSchema>;
export type CampaignFilters = z.infer<typeof campaignFiltersSchema>;
