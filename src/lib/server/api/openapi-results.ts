import { z } from 'zod';
import { CHANNELS, AUDIENCE_SEXES } from '../campaigns/campaign';
import { ORGANISATION_TYPES, ROLES } from '../organisations/organisation';
import { customQuestionSchema } from '$lib/survey/custom-question';

// What the API answers, as zod schemas: the document describes them (`result`), and the tests read every answer
// with them, every field named (an answer with a field they do not name fails).

/** A BCP 47 language code: one of Mesure's five, or one the campaign added. */
const languageCode = z.string().meta({ description: 'BCP 47 language code', examples: ['fr', 'wo'] });
const localised = z.record(languageCode, z.string());
const wave = z.enum(['baseline', 'endline', 'followup']);
const group = z.enum(['exposed', 'comparison']);
const mode = z.enum(['self', 'enumerator']);

const organisation = z.strictObject({
	id: z.string(),
	name: z.string(),
	type: z.enum(ORGANISATION_TYPES),
	role: z.enum(ROLES)
});

export const meResult = z.strictObject({
	id: z.string(),
	email: z.string(),
	name: z.string(),
	isAdmin: z.boolean(),
	organisations: z.array(organisation)
});

export const organisationsResult = z.strictObject({
	organisations: z.array(organisation),
	nextCursor: z.string().nullable().describe('Where the next page starts; null on the last')
});

export const campaignResult = z.strictObject({
	id: z.string(),
	organisationId: z.string(),
	title: z.string(),
	description: z.string(),
	countries: z.array(z.string()),
	regions: z.array(z.strictObject({ code: z.string(), name: z.string() })),
	channels: z.array(z.enum(CHANNELS)),
	audience: z.strictObject({
		minAge: z.number().nullable(),
		maxAge: z.number().nullable(),
		sex: z.enum(AUDIENCE_SEXES),
		description: z.string()
	}),
	languages: z.array(languageCode),
	startDate: z.string(),
	endDate: z.string(),
	signatureMessages: z.array(localised),
	placeboMessage: localised,
	comparisonGroup: z.boolean(),
	status: z.enum(['draft', 'collecting', 'closed']),
	sampleTarget: z.number().nullable(),
	createdAt: z.string(),
	updatedAt: z.string()
});

export const campaignsResult = z.strictObject({
	campaigns: z.array(campaignResult),
	nextCursor: z.string().nullable().describe('Where the next page starts; null on the last')
});

export const surveyResult = z.strictObject({
	draft: z.strictObject({
		number: z.number(),
		coreModuleVersion: z.number(),
		customQuestions: z.array(customQuestionSchema),
		pending: z.boolean()
	}),
	published: z
		.strictObject({
			number: z.number(),
			publishedAt: z.string().nullable(),
			customQuestions: z.array(customQuestionSchema)
		})
		.nullable(),
	missingTranslations: z.array(z.strictObject({ path: z.string(), language: languageCode })),
	links: z.array(
		z.strictObject({
			id: z.string(),
			campaignId: z.string(),
			wave,
			group,
			mode,
			token: z.string(),
			opensAt: z.string().nullable(),
			closesAt: z.string().nullable(),
			clusterId: z.string().nullable(),
			clusterCode: z.string().nullable()
		})
	)
});

export const publishResult = z.strictObject({
	version: z.number(),
	links: z.array(
		z.strictObject({ wave, group, mode, token: z.string(), cluster: z.string().nullable(), url: z.string() })
	)
});

export const collectResult = z.strictObject({
	id: z.string().nullable(),
	outcome: z.enum(['complete', 'refused', 'not_eligible']),
	duplicate: z.literal(true).optional()
});

export const sampleSizeResult = z.strictObject({
	p1: z.number(),
	p2: z.number(),
	alpha: z.number(),
	power: z.number(),
	deff: z.number(),
	clusterSize: z.number().optional(),
	icc: z.number().optional(),
	clusters: z.number().nullable(),
	n: z.number(),
	totalWithoutComparison: z.number(),
	totalWithComparison: z.number()
});

export const xlsFormResult = z.strictObject({
	questions: z.array(customQuestionSchema),
	problems: z.array(
		z.strictObject({
			sheet: z.enum(['survey', 'choices', 'settings']),
			row: z.number(),
			column: z.string().optional(),
			reason: z.string().describe('Why the row was left out, a code (its message is `detail`, in English)'),
			detail: z.string()
		})
	),
	saved: z.boolean()
});

export const auditResult = z.strictObject({
	nextCursor: z.string().nullable().describe('Where the next page starts; null on the last'),
	events: z.array(
		z.strictObject({
			id: z.string(),
			action: z.string(),
			actorName: z.string().nullable(),
			campaignId: z.string().nullable(),
			campaignTitle: z.string().nullable(),
			subjectOrganisationId: z.string().nullable(),
			subjectOrganisationName: z.string().nullable(),
			format: z.string().nullable(),
			at: z.string(),
			detail: z.record(z.string(), z.unknown()).nullable()
		})
	)
});

/** A result schema as the document gives it: what the API sends. */
export const result = (zod: z.ZodType) => z.toJSONSchema(zod, { io: 'output', unrepresentable: 'any' });
