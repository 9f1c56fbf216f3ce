import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { messages as en } from '$lib/i18n/catalogues/en';
import { createApiTokenSchema } from '$lib/server/api-tokens/schema';
import { changeRoleSchema, createOrganisationSchema } from '$lib/server/organisations/schema';
import { changePasswordSchema, signInSchema, signUpSchema } from '$lib/server/users/schema';

function issues(schema: z.ZodType, input: unknown): Record<string, string> {
	const result = schema.safeParse(input);
	if (result.success) return {};
	return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('form schemas', () => {
	it.each([
		['sign-up, empty', signUpSchema, {}, ['name', 'email', 'password', 'organisationName', 'organisationType']],
		[
			'sign-up, bad values',
			signUpSchema,
			{ name: ' ', email: 'not-mail', password: 'short', organisationName: 'A', organisationType: 'bank' },
			['name', 'email', 'password', 'organisationName', 'organisationType']
		],
		['sign-in, empty', signInSchema, { email: '', password: '' }, ['email', 'password']],
		[
			'change password, mismatch',
			changePasswordSchema,
			{ currentPassword: 'x', newPassword: 'long enough 1', confirmPassword: 'long enough 2' },
			['confirmPassword']
		],
		['organisation', createOrganisationSchema, { name: '', type: 'x' }, ['name', 'type']],
		['role', changeRoleSchema, { userId: 'u', role: 'king' }, ['role']],
		['token', createApiTokenSchema, { name: '   ' }, ['name']]
	])('%s: flags exactly the bad fields, each with a catalogue message', (_label, schema, input, fields) => {
		const found = issues(schema as z.ZodType, input);
		expect(Object.keys(found).sort()).toEqual([...fields].sort());
		for (const message of Object.values(found)) expect(Object.keys(en)).toContain(message);
	});

	it('normalises the e-mail address', () => {
		const parsed = signInSchema.parse({ email: '  Awa@Example.ORG ', password: 'x' });
		expect(parsed.email).toBe('awa@example.org');
	});
});
