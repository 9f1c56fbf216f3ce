import { sql, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/**
 * Each response gets a review state (a rejected one leaves every indicator), a count of its versions (an
 * editor's correction makes a new one) and a fingerprint of its core answers (identical answers within a link
 * look like a duplicate). Every review and correction is kept in `response_events`, with the answers before.
 * Responses are listed newest first, a page at a time, over (campaign, submission time, id).
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('responses')
		.addColumn('review_state', 'text', (c) =>
			c
				.notNull()
				.defaultTo('received')
				.check(sql.raw(`review_state in ('received', 'approved', 'has_issues', 'rejected')`))
		)
		.execute();
	await db.schema
		.alterTable('responses')
		.addColumn('answers_version', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();
	await db.schema.alterTable('responses').addColumn('answers_fingerprint', 'text').execute();
	await db.schema
		.createIndex('responses_by_submission')
		.on('responses')
		.columns(['campaign_id', 'submitted_at', 'id'])
		.execute();
	await db.schema
		.createIndex('responses_by_fingerprint')
		.on('responses')
		.columns(['campaign_id', 'link_id', 'answers_fingerprint'])
		.execute();

	await db.schema
		.createTable('response_events')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('response_id', 'text', (c) => c.notNull().references('responses.id').onDelete('cascade'))
		.addColumn('actor_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql.raw(`kind in ('review', 'edit')`)))
		.addColumn('state_before', 'text', (c) => c.notNull())
		.addColumn('state_after', 'text', (c) => c.notNull())
		.addColumn('comment', 'text', (c) => c.notNull())
		// JSON: the answers an edit changed, as they were and as they became; null for a review.
		.addColumn('answers_before', 'text')
		.addColumn('answers_after', 'text')
		.execute();
	await db.schema
		.createIndex('response_events_of_response')
		.on('response_events')
		.columns(['response_id', 'at'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('response_events').execute();
	await db.schema.dropIndex('responses_by_fingerprint').execute();
	await db.schema.dropIndex('responses_by_submission').execute();
	await db.schema.alterTable('responses').dropColumn('answers_fingerprint').execute();
	await db.schema.alterTable('responses').dropColumn('answers_version').execute();
	await db.schema.alterTable('responses').dropColumn('review_state').execute();
}
