import { z } from 'zod';
import { roleField } from '../organisations/schema';

export const createInvitationSchema = z.object({ role: roleField });

export const revokeInvitationSchema = z.object({
	invitationId: z
		.string({ error: 'errors.invalid' })
		.min(1, { error: 'errors.invalid' })
		.max(64, { error: 'errors.invalid' })
});

/** Invitation tokens are 32 base32 characters; anything else is not worth a database look-up. */
export const invitationTokenSchema = z.string().regex(/^[a-z2-7]{32}$/);
