import type { Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/**
 * `campaigns.added_texts`: a campaign's own translations of Mesure's texts (the core module's, the respondents'
 * pages') into the languages it added beyond Mesure's five, as JSON `{ "<language>": { "<key>": "<text>" } }`.
 * `users.locale`: the interface language a person chose; null until they choose one, the browser's then.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('campaigns')
		.addColumn('added_texts', 'text', (c) => c.notNull().defaultTo('{}'))
		.execute();
	await db.schema.alterTable('users').addColumn('locale', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('users').dropColumn('locale').execute();
	await db.schema.alterTable('campaigns').dropColumn('added_texts').execute();
}
