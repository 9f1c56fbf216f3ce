import { z } from 'zod';

export const schema = (zod: z.ZodType) => z.toJSONSchema(zod, { io: 'input', unrepresentable: 'any' });

export const error = {
	description:
		'The request failed: `{ error: { code, message, fields? } }`, the message in the caller’s language (Accept-Language).',
	content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
};

export const json = (description: string, body?: object) => ({
	description,
	...(body ? { content: { 'application/json': { schema: body } } } : {})
});

export const campaignId = {
	name: 'id',
	in: 'path',
	required: true,
	schema: { type: 'string', pattern: '^[a-z2-7]{24}$' }
};

const unavailable = {
	...error,
	description: `${error.description} Code \`unavailable\`: the database could not be reached; send the same request again in a moment.`
};

export const standardErrors = { 400: error, 401: error, 403: error, 404: error, 422: error, 503: unavailable };

export const number = { type: ['number', 'null'] };
export const wave = { type: 'string', enum: ['baseline', 'endline', 'followup'] };
export const group = { type: 'string', enum: ['exposed', 'comparison'] };

/** A wave and group's figure in a report. */
export const cell = {
	type: 'object',
	required: [
		'wave',
		'group',
		'n',
		'value',
		'ciLow',
		'ciHigh',
		'se',
		'deff',
		'effectiveN',
		'suppressed',
		'complementary',
		'lowPrecision'
	],
	properties: {
		wave,
		group,
		n: {
			type: ['integer', 'null'],
			description: 'null for donors and the public below 5, or when hidden to protect a smaller cell'
		},
		value: number,
		ciLow: number,
		ciHigh: number,
		se: { ...number, description: 'Standard error: §4’s for a simple design, linearised under a complex one (§4.6)' },
		deff: { ...number, description: 'Design effect: 1 for a simple design' },
		effectiveN: { ...number, description: 'n / deff; null wherever n is' },
		suppressed: { type: 'boolean' },
		complementary: {
			type: 'boolean',
			description:
				'Donors and the public: hidden although large enough, so that a smaller cell cannot be worked out from the total and the other levels'
		},
		lowPrecision: { type: 'boolean' }
	}
};
