import { sql, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/**
 * A campaign's report published for anyone with its link. Only the SHA-256 of the link's token is kept, as
 * for sessions and API tokens. A withdrawn report keeps its row (who published and withdrew it, and when);
 * at most one per campaign is live, which the partial unique index holds on both dialects.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('public_reports')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('withdrawn_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('withdrawn_at', 'text')
		.execute();
	await db.schema
		.createIndex('public_reports_live_idx')
		.on('public_reports')
		.column('campaign_id')
		.unique()
		.where(sql.ref('withdrawn_at'), 'is', null)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('public_reports').execute();
}
