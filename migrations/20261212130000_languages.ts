import type { Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/**
 * `campaign_added_texts`: a campaign's own translations of Mesure's texts (the core module's, the respondents'
 * pages') into a language it added beyond Mesure's five, as JSON `{ "<key>": "<text>" }`, one row a language.
 * `users.locale`: the interface language a person chose; null until they choose one, the browser's then.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('campaign_added_texts')
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('texts', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('campaign_added_texts_pk', ['campaign_id', 'language'])
		.execute();
	await db.schema.alterTable('users').addColumn('locale', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('users').dropColumn('locale').execute();
	await db.schema.dropTable('campaign_added_texts').execute();
}
