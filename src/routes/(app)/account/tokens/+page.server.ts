import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { createApiTokenSchema, revokeApiTokenSchema } from '$lib/server/api-tokens/schema';
import { createApiToken, listApiTokens, revokeApiToken } from '$lib/server/api-tokens/service';
import { requireUser } from '$lib/server/http/require-user';
import { submitForm } from '$lib/server/http/form';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	return { tokens: await listApiTokens(getDb(), user.id) };
};

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, createApiTokenSchema, ({ name }) =>
			createApiToken(getDb(), user.id, name)
		);
		if (!result.ok) return result.failure;
		return { created: { name: result.value.apiToken.name, token: result.value.token } };
	},
	revoke: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, revokeApiTokenSchema, ({ tokenId }) =>
			revokeApiToken(getDb(), user.id, tokenId)
		);
		return result.ok ? { revoked: true } : result.failure;
	}
};
