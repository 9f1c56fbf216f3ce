import { SqliteAdapter, sql, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/**
 * `question_recordings`: a question read aloud in one language of its campaign, for respondents who read little:
 * the file's bytes as uploaded (checked to be Opus, AAC or MP3 of at most a minute), its media type, size,
 * duration and SHA-256 (hex), which names the version respondents' phones keep. `question` is a core module
 * item's id or a custom question's code; `language` a BCP 47 code, as the campaign lists it. One recording per
 * question and language. `campaigns.read_aloud`: respondents' pages offer to play a page's recordings in turn.
 */
export async function up(db: Kysely<any>): Promise<void> {
	const binary = db.getExecutor().adapter instanceof SqliteAdapter ? 'blob' : 'bytea';
	await db.schema
		.createTable('question_recordings')
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('question', 'text', (c) => c.notNull())
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('media_type', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('duration_ms', 'integer', (c) => c.notNull())
		.addColumn('hash', 'text', (c) => c.notNull())
		.addColumn('data', sql.raw(binary), (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('question_recordings_pk', ['campaign_id', 'question', 'language'])
		.execute();
	await db.schema
		.alterTable('campaigns')
		.addColumn('read_aloud', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('campaigns').dropColumn('read_aloud').execute();
	await db.schema.dropTable('question_recordings').execute();
}
