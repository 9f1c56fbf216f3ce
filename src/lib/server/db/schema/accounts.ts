import type { ColumnType } from 'kysely';
import type { Flag, Timestamp } from './values';

export type OrganisationType = 'ngo' | 'donor';
export type Role = 'owner' | 'editor' | 'viewer' | 'enumerator';

export interface UsersTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	is_admin: ColumnType<Flag, Flag | undefined, Flag>;
	created_at: Timestamp;
	/** The interface language chosen; null: the browser's. */
	locale: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface OrganisationsTable {
	id: string;
	name: string;
	/** The name without case, accents or extra spaces: unique (organisations/name-key.ts). */
	name_key: ColumnType<string | null, string, string>;
	type: OrganisationType;
	created_at: Timestamp;
	/** When an administrator verified the donor organisation; until then it is not offered for sharing. */
	verified_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
	/** Who verified it: the administrator's e-mail address, or "command line". */
	verified_by: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An attempt to sign up with an address that already has an account: told to the administrator, one row per account. */
export interface SignupAttemptsTable {
	user_id: string;
	attempts: number;
	last_at: Timestamp;
}

export interface MembershipsTable {
	organisation_id: string;
	user_id: string;
	role: Role;
	created_at: Timestamp;
}

export interface SessionsTable {
	/** SHA-256 of the session token, hex: the token itself is never stored. */
	id: string;
	user_id: string;
	expires_at: Timestamp;
	active_organisation_id: string | null;
	created_at: Timestamp;
}

export interface ApiTokensTable {
	id: string;
	user_id: string;
	name: string;
	token_hash: string;
	created_at: Timestamp;
	last_used_at: Timestamp | null;
}

export interface InvitationsTable {
	id: string;
	organisation_id: string;
	role: Role;
	token_hash: string;
	created_by_user_id: string;
	created_at: Timestamp;
	expires_at: Timestamp;
	accepted_at: Timestamp | null;
	accepted_by_user_id: string | null;
}

export interface AccountTables {
	users: UsersTable;
	organisations: OrganisationsTable;
	memberships: MembershipsTable;
	sessions: SessionsTable;
	api_tokens: ApiTokensTable;
	invitations: InvitationsTable;
	signup_attempts: SignupAttemptsTable;
}
