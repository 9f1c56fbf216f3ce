import type { OrganisationType, Role } from '../db/schema';

export type { OrganisationType, Role };

export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer', 'enumerator'];
export const ORGANISATION_TYPES: readonly OrganisationType[] = ['ngo', 'donor'];

export interface Organisation {
	id: string;
	name: string;
	type: OrganisationType;
	createdAt: string;
	/** When an administrator verified it (donors only): until then no NGO is offered to share with it. */
	verifiedAt: string | null;
	/** Who verified it: the administrator's e-mail address, or "command line". */
	verifiedBy: string | null;
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

export const ORGANISATION_COLUMNS = ['id', 'name', 'type', 'created_at', 'verified_at', 'verified_by'] as const;

export function toOrganisation(row: {
	id: string;
	name: string;
	type: OrganisationType;
	created_at: string;
	verified_at: string | null;
	verified_by: string | null;
}): Organisation {
	return {
		id: row.id,
		name: row.name,
		type: row.type,
		createdAt: row.created_at,
		verifiedAt: row.verified_at,
		verifiedBy: row.verified_by
	};
}
