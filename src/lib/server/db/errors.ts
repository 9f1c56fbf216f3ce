/** A unique or primary key refused the row: on PostgreSQL code 23505, on SQLite a SQLITE_CONSTRAINT_* code. */
export function isUniqueViolation(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
