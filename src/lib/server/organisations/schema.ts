import { z } from 'zod';
import { organisationNameField, organisationTypeField } from '../users/schema';

export const roleField = z.enum(['owner', 'editor', 'viewer', 'enumerator'], { error: 'errors.role_invalid' });

export const createOrganisationSchema = z.object({
	name: organisationNameField,
	type: organisationTypeField
});

export const changeRoleSchema = z.object({
	userId: z
		.string({ error: 'errors.invalid' })
		.min(1, { error: 'errors.invalid' })
		.max(64, { error: 'errors.invalid' }),
	role: roleField
});

export const memberSchema = z.object({
	userId: z.string({ error: 'errors.invalid' }).min(1, { error: 'errors.invalid' }).max(64, { error: 'errors.invalid' })
});

export const switchOrganisationSchema = z.object({
	organisationId: z
		.string({ error: 'errors.invalid' })
		.min(1, { error: 'errors.invalid' })
		.max(64, { error: 'errors.invalid' })
});

export const verifyOrganisationSchema = z.object({
	organisationId: z
		.string({ error: 'errors.organisation_id_invalid' })
		.min(1, { error: 'errors.organisation_id_invalid' })
		.max(64, { error: 'errors.organisation_id_invalid' })
});
