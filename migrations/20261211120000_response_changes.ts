import { sql, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/**
 * What changed in a campaign's responses, and when, in its data versions, so that a pipeline asks for what
 * changed since it last asked. `responses.change_version`: the data version of the response's last change (null
 * within the transaction that makes it, which stamps it as it moves the version); `created_version`: of its
 * arrival; `change_kind`: new, edited or reviewed. `response_deletions`: a response deleted (or every response,
 * `purged`, when the raw responses go), stamped the same way. Responses stored before take their campaign's
 * version now.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('responses').addColumn('change_version', 'integer').execute();
	await db.schema.alterTable('responses').addColumn('created_version', 'integer').execute();
	await db.schema
		.alterTable('responses')
		.addColumn('change_kind', 'text', (c) => c.notNull().defaultTo('new'))
		.execute();
	await sql`
		update responses set change_version = coalesce(
			(select version from campaign_data_versions v where v.campaign_id = responses.campaign_id), 0)`.execute(db);
	await sql`update responses set created_version = change_version`.execute(db);
	await db.schema
		.createIndex('responses_by_change')
		.on('responses')
		.columns(['campaign_id', 'change_version', 'id'])
		.execute();
	await db.schema
		.createTable('response_deletions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		// Null for `purged`: every response of the campaign.
		.addColumn('response_id', 'text')
		.addColumn('client_id', 'text')
		.addColumn('wave', 'text')
		.addColumn('group_name', 'text')
		.addColumn('collected_by_user_id', 'text')
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('deleted_at', 'text', (c) => c.notNull())
		.addColumn('change_version', 'integer')
		.execute();
	await db.schema
		.createIndex('response_deletions_by_change')
		.on('response_deletions')
		.columns(['campaign_id', 'change_version', 'id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('response_deletions').execute();
	await db.schema.dropIndex('responses_by_change').execute();
	await db.schema.alterTable('responses').dropColumn('change_kind').execute();
	await db.schema.alterTable('responses').dropColumn('created_version').execute();
	await db.schema.alterTable('responses').dropColumn('change_version').execute();
}
