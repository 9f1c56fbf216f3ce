import type { OrganisationType, Role } from '../db/schema';

export type { OrganisationType, Role };

export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer', 'enumerator'];
export const ORGANISATION_TYPES: readonly OrganisationType[] = ['ngo', 'donor'];

export interface Organisation {
	id: string;
	name: string;
	type: OrganisationType;
	createdAt: string;
}

/** An organisation as one of its members sees it: with that member's role. */
export interface MemberOrganisation extends Organisation {
	role: Role;
}

export interface Member {
	userId: string;
	name: string;
	email: string;
	role: Role;
	joinedAt: string;
}

export function toOrganisation(row: { id: string; name: string; type: OrganisationType; created_at: string }): Organisation {
	return { id: row.id, name: row.name, type: row.type, createdAt: row.created_at };
}
