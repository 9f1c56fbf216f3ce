import { PostgresAdapter, type Kysely } from 'kysely';

/** Whether the database is PostgreSQL: the few queries that read JSON are written for each dialect. */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}
