import type { Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/** The same rule as organisations/name-key.ts at the time of this migration, kept here so that it never changes. */
function nameKey(name: string): string {
	return name.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase().toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * A donor organisation is offered for sharing once an administrator has verified it (when, and by whom).
 * Organisation names are unique whatever their case, accents and spacing: an older organisation keeps its
 * name, a later one of the same name gets " (2)", " (3)"… Instances that already had accounts keep open
 * sign-up as it was (absent meant open); a new instance starts with it closed. An attempt to sign up with
 * an e-mail address that already has an account is kept, one row per account, for the administrator.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('organisations').addColumn('verified_at', 'text').execute();
	await db.schema.alterTable('organisations').addColumn('verified_by', 'text').execute();
	await db.schema.alterTable('organisations').addColumn('name_key', 'text').execute();

	const rows: { id: string; name: string }[] = await db
		.selectFrom('organisations')
		.select(['id', 'name'])
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	const taken = new Set<string>();
	for (const row of rows) {
		let name = row.name;
		for (let n = 2; taken.has(nameKey(name)); n++) name = `${row.name} (${n})`;
		taken.add(nameKey(name));
		await db
			.updateTable('organisations')
			.set({ name, name_key: nameKey(name) })
			.where('id', '=', row.id)
			.execute();
	}
	await db.schema.createIndex('organisations_name_key_idx').on('organisations').column('name_key').unique().execute();

	const users = await db.selectFrom('users').select('id').limit(1).execute();
	if (users.length > 0) {
		await db
			.insertInto('settings')
			.values({ key: 'open_signup', value: 'true' })
			.onConflict((oc: any) => oc.column('key').doNothing())
			.execute();
	}

	await db.schema
		.createTable('signup_attempts')
		.addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
		.addColumn('attempts', 'integer', (c) => c.notNull())
		.addColumn('last_at', 'text', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('signup_attempts').execute();
	await db.schema.dropIndex('organisations_name_key_idx').execute();
	await db.schema.alterTable('organisations').dropColumn('name_key').execute();
	await db.schema.alterTable('organisations').dropColumn('verified_by').execute();
	await db.schema.alterTable('organisations').dropColumn('verified_at').execute();
}
