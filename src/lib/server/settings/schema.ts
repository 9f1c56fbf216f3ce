import { z } from 'zod';

/** An HTML checkbox sends "on" when ticked and nothing when not. */
export const instanceSettingsSchema = z.object({
	openSignup: z
		.literal('on', { error: 'errors.invalid' })
		.optional()
		.transform((value) => value === 'on')
});
