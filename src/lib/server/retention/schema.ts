import { z } from 'zod';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day after which raw responses are deleted; empty keeps them until someone deletes them. */
export const expiryFormSchema = z.object({
	expiresOn: z
		.string()
		.trim()
		.refine((value) => value === '' || (DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))), {
			error: 'errors.retention_date_invalid'
		})
		.transform((value) => (value === '' ? null : value))
});

/** What is deleted is named by typing the campaign's title, so that no slip of a finger deletes months of fieldwork. */
export const confirmationFormSchema = z.object({
	confirmation: z
		.string({ error: 'errors.deletion_confirmation_mismatch' })
		.max(500, { error: 'errors.deletion_confirmation_mismatch' })
});
