import type { Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/**
 * A campaign may set the day after which its raw responses are deleted (its indicator sums stay), and says
 * when that was done. An audit event may carry what outlives its subject: a deleted campaign's title, the
 * number of responses deleted.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('campaigns').addColumn('responses_expire_on', 'text').execute();
	await db.schema.alterTable('campaigns').addColumn('responses_deleted_at', 'text').execute();
	await db.schema.alterTable('audit_events').addColumn('detail', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('audit_events').dropColumn('detail').execute();
	await db.schema.alterTable('campaigns').dropColumn('responses_deleted_at').execute();
	await db.schema.alterTable('campaigns').dropColumn('responses_expire_on').execute();
}
