import type { Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/** An export's audit event says which file was made: `csv` or `xlsx` (null for the events that are no export). */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('audit_events').addColumn('format', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('audit_events').dropColumn('format').execute();
}
