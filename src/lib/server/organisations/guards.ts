import type { Kysely, Transaction } from 'kysely';
import type { Database, Role } from '../db/schema';
import { DomainError } from '../errors';
import { findRole } from './repository';
import type { User } from '../users/user';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The actor's role in the organisation, if it is one of `allowed`. Someone outside the organisation
 * gets "not found", so that its existence is not revealed; a member without the right gets "forbidden".
 */
export async function requireRole(
	db: Db,
	actorId: string,
	organisationId: string,
	allowed: readonly Role[]
): Promise<Role> {
	const role = await findRole(db, organisationId, actorId);
	if (!role) throw new DomainError('not_found', 'errors.organisation_not_found');
	if (!allowed.includes(role)) throw new DomainError('forbidden', 'errors.forbidden');
	return role;
}

export function requireAdmin(user: User): void {
	if (!user.isAdmin) throw new DomainError('forbidden', 'errors.forbidden');
}

export const ANY_ROLE: readonly Role[] = ['owner', 'editor', 'viewer', 'enumerator'];

/** The roles that change a campaign, its survey and its links. */
export const EDITORS: readonly Role[] = ['owner', 'editor'];
