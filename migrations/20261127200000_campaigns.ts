import { sql, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.
// Lists (countries, regions, channels, languages, messages) are JSON text: the same on both databases.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('campaigns')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		.addColumn('countries', 'text', (c) => c.notNull())
		.addColumn('regions', 'text', (c) => c.notNull())
		.addColumn('channels', 'text', (c) => c.notNull())
		.addColumn('audience_min_age', 'integer')
		.addColumn('audience_max_age', 'integer')
		.addColumn('audience_sex', 'text', (c) => c.notNull().check(sql.raw(`audience_sex in ('all', 'female', 'male')`)))
		.addColumn('audience_description', 'text', (c) => c.notNull())
		.addColumn('languages', 'text', (c) => c.notNull())
		.addColumn('start_date', 'text', (c) => c.notNull())
		.addColumn('end_date', 'text', (c) => c.notNull())
		.addColumn('signature_messages', 'text', (c) => c.notNull())
		.addColumn('placebo_message', 'text', (c) => c.notNull())
		.addColumn('comparison_group', 'integer', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in ('draft', 'collecting', 'closed')`)))
		.addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('campaigns_organisation_idx')
		.on('campaigns')
		.columns(['organisation_id', 'start_date'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('campaigns').execute();
}
