import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { createApiTokenSchema, revokeApiTokenSchema } from '$lib/server/api-tokens/schema';
import { createApiToken, listApiTokens, revokeApiToken } from '$lib/server/api-tokens/service';
import { requireUser } from '$lib/server/auth/require-user';
import { attempt, parseForm, readForm } from '$lib/server/http/form';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	return { tokens: await listApiTokens(getDb(), user.id) };
};

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const values = await readForm(request);
		const parsed = parseForm(createApiTokenSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const { token, apiToken } = await createApiToken(getDb(), user.id, parsed.data.name);
		return { created: { name: apiToken.name, token } };
	},
	revoke: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const values = await readForm(request);
		const parsed = parseForm(revokeApiTokenSchema, values, locals.locale);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(locals.locale, values, () => revokeApiToken(getDb(), user.id, parsed.data.tokenId));
		if (!result.ok) return result.failure;
		return { revoked: true };
	}
};
