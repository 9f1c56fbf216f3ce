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
	{ ...USUAL, answers: { members: [{ age: 34, name: 'Awa', likes: ['fm'] }, {}] } },
	{ ...USUAL, answers: { members: [] } },
	{ ...USUAL, answers: { members: 2, 'members.1.age': 34, ['m'.repeat(64) + '.30.' + 'a'.repeat(64)]: 1 } },
	{ ...USUAL, answers: { members: Array.from({ length: 31 }, () => ({ age: 1 })) } },
	{ ...USUAL, answers: { members: [{ age: { nested: 1 } }] } },
	{ ...USUAL, answers: { members: [{ age: 1 }, 'x'] } },
	{ ...USUAL, answers: { members: [[{ age: 1 }]] } },
	{ ...USUAL, answers: { members: [{ ['a'.repeat(65)]: 1 }] } },
	JSON.parse('{"clientId":"0b6a3e0e-api-0004","language":"fr","answers":{"members":[{"__proto__":"x"}]}}'),
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

	it('takes a repeat group’s instances as a list of objects, at most 30, each of answers', () => {
		const instances = (members: unknown) => ({ ...USUAL, answers: { members } });
		expect(collectInputSchema.safeParse(instances([{ age: 34, likes: ['fm'] }, {}])).success).toBe(true);
		expect(readUsualCollectInput(instances([{ age: 34, likes: ['fm'] }, {}]))).not.toBeNull();
		for (const refused of [Array.from({ length: 31 }, () => ({})), [{ age: { nested: 1 } }], [{ age: 1 }, 'x']]) {
			expect(collectInputSchema.safeParse(instances(refused)).success).toBe(false);
			expect(readUsualCollectInput(instances(refused))).toBeNull();
		}
	});
});
