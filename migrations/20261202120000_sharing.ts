import type { Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/**
 * A campaign's results shared with a donor organisation (read-only, never the responses), and what owners
 * may read of who shared or revoked what. Audit events name their campaign and organisation by id only, so
 * that they outlive either.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('campaign_shares')
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
		.addColumn('shared_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('shared_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('campaign_shares_pk', ['campaign_id', 'organisation_id'])
		.execute();
	await db.schema
		.createIndex('campaign_shares_organisation_idx')
		.on('campaign_shares')
		.columns(['organisation_id'])
		.execute();

	await db.schema
		.createTable('audit_events')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
		.addColumn('actor_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('campaign_id', 'text')
		.addColumn('subject_organisation_id', 'text')
		.addColumn('at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('audit_events_organisation_idx')
		.on('audit_events')
		.columns(['organisation_id', 'at'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('audit_events').execute();
	await db.schema.dropTable('campaign_shares').execute();
}
