export interface User {
	id: string;
	email: string;
	name: string;
	isAdmin: boolean;
	createdAt: string;
	/** The interface language the person chose; null: their browser's. */
	locale: string | null;
}

export interface UserRow {
	id: string;
	email: string;
	name: string;
	is_admin: number;
	created_at: string;
	locale?: string | null;
}

export function toUser(row: UserRow): User {
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		isAdmin: Number(row.is_admin) === 1,
		createdAt: row.created_at,
		locale: row.locale ?? null
	};
}
