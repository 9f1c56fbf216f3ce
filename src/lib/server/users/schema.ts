import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 10;

export const emailField = z
	.string({ error: 'errors.email_invalid' })
	.trim()
	.toLowerCase()
	.pipe(z.email({ error: 'errors.email_invalid' }).max(254, { error: 'errors.email_invalid' }));

export const newPasswordField = z
	.string({ error: 'errors.password_too_short' })
	.min(PASSWORD_MIN_LENGTH, { error: 'errors.password_too_short' })
	.max(200, { error: 'errors.password_too_long' });

export const nameField = z
	.string({ error: 'errors.name_required' })
	.trim()
	.min(1, { error: 'errors.name_required' })
	.max(120, { error: 'errors.name_too_long' });

export const organisationTypeField = z.enum(['ngo', 'donor'], { error: 'errors.organisation_type_invalid' });

export const organisationNameField = z
	.string({ error: 'errors.organisation_name_required' })
	.trim()
	.min(2, { error: 'errors.organisation_name_required' })
	.max(160, { error: 'errors.organisation_name_too_long' });

export const signInSchema = z.object({
	email: emailField,
	password: z
		.string({ error: 'errors.password_required' })
		.min(1, { error: 'errors.password_required' })
		.max(200, { error: 'errors.password_too_long' })
});

export const accountSchema = z.object({
	name: nameField,
	email: emailField,
	password: newPasswordField
});

/** Sign-up and first set-up: a person and the organisation they will own. */
export const signUpSchema = accountSchema.extend({
	organisationName: organisationNameField,
	organisationType: organisationTypeField
});

/** The first administrator's set-up: the same, with the one-time code printed on the server's console. */
export const setUpSchema = signUpSchema.extend({
	setupCode: z
		.string({ error: 'errors.setup_code_wrong' })
		.trim()
		.min(1, { error: 'errors.setup_code_wrong' })
		.max(100, { error: 'errors.setup_code_wrong' })
});

export const changePasswordSchema = z
	.object({
		currentPassword: z.string({ error: 'errors.password_required' }).min(1, { error: 'errors.password_required' }),
		newPassword: newPasswordField,
		confirmPassword: z.string({ error: 'errors.password_mismatch' })
	})
	.refine((v) => v.newPassword === v.confirmPassword, {
		error: 'errors.password_mismatch',
		path: ['confirmPassword']
	});

export const updateProfileSchema = z.object({ name: nameField });

export type SignInInput = z.infer<typeof signInSchema>;
export type AccountInput = z.infer<typeof accountSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
export type SetUpInput = z.infer<typeof setUpSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
