import { z } from 'zod';
import { ID_PATTERN } from '$lib/ids';
import { strictObject } from '../strict-object';
import { cursorSchema, pageLimitSchema } from '../cursor';

/** `POST /api/v1/campaigns/{id}/shares`: the donor organisation to share the campaign's results with. */
export const shareBodySchema = z.object({
	organisationId: z
		.string({ error: 'errors.organisation_id_invalid' })
		.regex(ID_PATTERN, { error: 'errors.organisation_id_invalid' })
});

/** The API's body: the organisation, and no other field. */
export const shareApiBodySchema = strictObject(shareBodySchema.shape);

/** `GET …/audit?limit=500&cursor=…`: a page of the audit log, newest first. */
export const auditQuerySchema = strictObject({
	limit: pageLimitSchema(500),
	cursor: cursorSchema
});
