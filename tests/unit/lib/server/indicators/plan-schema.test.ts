import { describe, expect, it } from 'vitest';
import { planFormSchema, sampleSizeQuerySchema } from '$lib/server/indicators/schema';

const shares = { p1: '30', p2: '40' };
const clusters = { clusterSize: '20', icc: '0.05' };

describe('a design effect given beside clusters', () => {
	it.each([
		['the page, its field left at 1', planFormSchema, { ...shares, deff: '1', ...clusters }, null],
		[
			'the page, a design effect typed',
			planFormSchema,
			{ ...shares, deff: '1.5', ...clusters },
			'errors.plan_deff_with_clusters'
		],
		['the page, a design effect alone', planFormSchema, { ...shares, deff: '1.5' }, null],
		[
			'the API, any design effect',
			sampleSizeQuerySchema,
			{ p1: '0.3', p2: '0.4', deff: '1', ...clusters },
			'errors.plan_deff_with_clusters'
		],
		['the API, clusters alone', sampleSizeQuerySchema, { p1: '0.3', p2: '0.4', ...clusters }, null]
	])('%s', (_, schema, input, message) => {
		const parsed = schema.safeParse(input);
		expect(parsed.success ? null : parsed.error.issues[0]).toEqual(
			message === null ? null : expect.objectContaining({ message, path: ['deff'] })
		);
	});
});
