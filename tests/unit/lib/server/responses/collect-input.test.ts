import { describe, expect, it } from 'vitest';
import { readUsualCollectInput } from '$lib/server/responses/collect-input';
import { collectInputSchema } from '$lib/server/responses/schema';

const USUAL = {
	clientId: '0b6a3e0e-api-0001',
	language: 'fr',
	startedAt: '2026-05-04T10:30:00.000+01:00',
	submittedAt: '2026-05-04T10:40:00Z',
	surveyVersion: 2,
	answers: { C0: 'yes', D2: 22, E2: ['radio', 'school'], D5: null }
};

const BODIES: unknown[] = [
	USUAL,
	{ clientId: 'refusal-000001', language: 'ar', answers: { C0: 'no' } },
	{ ...USUAL, startedAt: null },
	{ ...USUAL, extra: 1 },
	{ ...USUAL, clientId: 'short' },
	{ ...USUAL, language: 'de' },
	{ ...USUAL, startedAt: '2026-02-30T10:00:00Z' },
	{ ...USUAL, startedAt: '2026-05-04 10:30' },
	{ ...USUAL, submittedAt: null },
	{ ...USUAL, surveyVersion: 0 },
	{ ...USUAL, surveyVersion: 1.5 },
	{ ...USUAL, surveyVersion: '2' },
	{ ...USUAL, answers: [] },
	{ ...USUAL, answers: null },
	{ ...USUAL, answers: { ['x'.repeat(65)]: 'yes' } },
	{ ...USUAL, answers: { C0: 'x'.repeat(10_001) } },
	{ ...USUAL, answers: { E2: Array.from({ length: 101 }, () => 'radio') } },
	{ ...USUAL, answers: { E2: ['x'.repeat(201)] } },
	{ ...USUAL, answers: { E2: [1] } },
	{ ...USUAL, answers: { C0: true } },
	{ ...USUAL, answers: { C0: { nested: 1 } } },
	JSON.parse('{"clientId":"0b6a3e0e-api-0002","language":"fr","answers":{"__proto__":"x"}}'),
	JSON.parse('{"clientId":"0b6a3e0e-api-0003","language":"fr","answers":{"D2":1e400}}'),
	[USUAL],
	null,
	'text'
];

describe('readUsualCollectInput', () => {
	it('reads the usual body as the schema does, and leaves anything else to it', () => {
		for (const body of BODIES) {
			const usual = readUsualCollectInput(body);
			const parsed = collectInputSchema.safeParse(body);
			if (usual === null) continue;
			expect(parsed.success, JSON.stringify(body)).toBe(true);
			expect(usual).toEqual(parsed.data);
		}
	});

	it('reads the bodies the enumerators’ queue sends', () => {
		expect(readUsualCollectInput(USUAL)).toEqual({
			...USUAL,
			startedAt: '2026-05-04T09:30:00.000Z',
			submittedAt: '2026-05-04T10:40:00.000Z'
		});
		expect(readUsualCollectInput(BODIES[1])).toEqual(BODIES[1]);
	});
});
