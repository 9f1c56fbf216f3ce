import { sql, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('users')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('organisations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull().check(sqlIn('type', ['ngo', 'donor'])))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('memberships')
		.addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('role', 'text', (c) => c.notNull().check(sqlIn('role', ROLES)))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('memberships_pk', ['organisation_id', 'user_id'])
		.execute();
	await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('active_organisation_id', 'text', (c) => c.references('organisations.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

	await db.schema
		.createTable('api_tokens')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_used_at', 'text')
		.execute();
	await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();

	await db.schema
		.createTable('invitations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
		.addColumn('role', 'text', (c) => c.notNull().check(sqlIn('role', ROLES)))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_by_user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('accepted_at', 'text')
		.addColumn('accepted_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.execute();
	await db.schema.createIndex('invitations_organisation_idx').on('invitations').column('organisation_id').execute();

	await db.schema
		.createTable('throttles')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('failures', 'integer', (c) => c.notNull())
		.addColumn('window_started_at', 'text', (c) => c.notNull())
		.addColumn('blocked_until', 'text')
		.execute();

	await db.schema
		.createTable('settings')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('value', 'text', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'settings',
		'throttles',
		'invitations',
		'api_tokens',
		'sessions',
		'memberships',
		'organisations',
		'users'
	]) {
		await db.schema.dropTable(table).execute();
	}
}

const ROLES = ['owner', 'editor', 'viewer', 'enumerator'];

function sqlIn(column: string, values: string[]) {
	return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}
