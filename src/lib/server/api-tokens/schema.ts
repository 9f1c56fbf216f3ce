import { z } from 'zod';

export const createApiTokenSchema = z.object({
	name: z
		.string({ error: 'errors.token_name_required' })
		.trim()
		.min(1, { error: 'errors.token_name_required' })
		.max(80, { error: 'errors.token_name_too_long' })
});

export const revokeApiTokenSchema = z.object({
	tokenId: z
		.string({ error: 'errors.invalid' })
		.min(1, { error: 'errors.invalid' })
		.max(64, { error: 'errors.invalid' })
});
