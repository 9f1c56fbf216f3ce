import { sql, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('survey_versions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('number', 'integer', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in ('draft', 'published')`)))
		.addColumn('core_module_version', 'integer', (c) => c.notNull())
		.addColumn('custom_questions', 'text', (c) => c.notNull())
		// The campaign's slots (languages, regions, messages) as they were when the version was published.
		.addColumn('frozen_settings', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('published_at', 'text')
		.addUniqueConstraint('survey_versions_number_unique', ['campaign_id', 'number'])
		.execute();

	await db.schema
		.createTable('collection_links')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('wave', 'text', (c) => c.notNull().check(sql.raw(`wave in ('baseline', 'endline', 'followup')`)))
		.addColumn('group_name', 'text', (c) => c.notNull().check(sql.raw(`group_name in ('exposed', 'comparison')`)))
		.addColumn('mode', 'text', (c) => c.notNull().check(sql.raw(`mode in ('self', 'enumerator')`)))
		.addColumn('token', 'text', (c) => c.notNull().unique())
		.addColumn('opens_at', 'text')
		.addColumn('closes_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('collection_links_cell_unique', ['campaign_id', 'wave', 'group_name'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('collection_links').execute();
	await db.schema.dropTable('survey_versions').execute();
}
