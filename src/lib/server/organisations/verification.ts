import type { Kysely } from 'kysely';
import { requireAdmin } from './guards';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import type { User } from '../users/user';
import type { Organisation } from './organisation';
import { findOrganisation, findOrganisationByName, markDonorVerified } from './repository';

/** What the command line records as the verifier: an operator acting on the instance itself. */
export const COMMAND_LINE = 'command line';

/**
 * An administrator vouches for a donor organisation: from then on, NGOs are offered to share with it, and see
 * when it was verified. Verifying again changes nothing.
 */
export async function verifyDonor(
	db: Kysely<Database>,
	actor: User,
	organisationId: string,
	now = new Date()
): Promise<Organisation> {
	requireAdmin(actor);
	return markVerified(db, await findOrganisation(db, organisationId), actor.email, now);
}

/** The same, for operators at the command line, who name the organisation. */
export async function verifyDonorByName(db: Kysely<Database>, name: string, now = new Date()): Promise<Organisation> {
	return markVerified(db, await findOrganisationByName(db, name), COMMAND_LINE, now);
}

async function markVerified(
	db: Kysely<Database>,
	organisation: Organisation | undefined,
	by: string,
	now: Date
): Promise<Organisation> {
	if (!organisation) throw new DomainError('not_found', 'errors.organisation_not_found', { field: 'organisationId' });
	if (organisation.type !== 'donor')
		throw new DomainError('invalid', 'errors.verify_donor_only', { field: 'organisationId' });
	if (organisation.verifiedAt) return organisation;
	const at = now.toISOString();
	// Another administrator may have verified it a moment before: theirs stands.
	if (!(await markDonorVerified(db, organisation.id, at, by)))
		return (await findOrganisation(db, organisation.id)) ?? organisation;
	return { ...organisation, verifiedAt: at, verifiedBy: by };
}
