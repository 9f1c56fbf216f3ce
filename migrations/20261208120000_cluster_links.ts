import { SqliteAdapter, sql, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

const COLUMNS = `"id" text primary key, "campaign_id" text not null references "campaigns" ("id") on delete cascade,
	"wave" text not null check (wave in ('baseline', 'endline', 'followup')),
	"group_name" text not null check (group_name in ('exposed', 'comparison')),
	"mode" text not null check (mode in ('self', 'enumerator')), "token" text not null unique, "opens_at" text,
	"closes_at" text, "created_at" text not null,
	"cluster_id" text references "campaign_clusters" ("id") on delete cascade`;

/**
 * A wave and group may have, beside its one link, one self-completed link per declared cluster: the uniqueness of
 * (campaign, wave, group) holds for the links of no cluster, and (campaign, wave, group, cluster) for the others.
 * SQLite cannot drop a table's constraint: the table is made again without it, its rows and ids kept, with foreign
 * keys off so that the responses pointing at its links stay (SQLite's documented twelve steps).
 */
export async function up(db: Kysely<any>): Promise<void> {
	if (db.getExecutor().adapter instanceof SqliteAdapter) {
		await sql`pragma foreign_keys = off`.execute(db);
		try {
			await sql`begin`.execute(db);
			await sql.raw(`create table "collection_links_new" (${COLUMNS})`).execute(db);
			await sql`insert into collection_links_new (id, campaign_id, wave, group_name, mode, token, opens_at, closes_at, created_at, cluster_id)
				select id, campaign_id, wave, group_name, mode, token, opens_at, closes_at, created_at, cluster_id from collection_links`.execute(
				db
			);
			await sql`drop table collection_links`.execute(db);
			await sql`alter table collection_links_new rename to collection_links`.execute(db);
			await createIndexes(db);
			const broken = await sql`pragma foreign_key_check`.execute(db);
			if (broken.rows.length > 0) throw new Error('collection_links: a foreign key would break');
			await sql`commit`.execute(db);
		} catch (error) {
			await sql`rollback`.execute(db);
			throw error;
		} finally {
			await sql`pragma foreign_keys = on`.execute(db);
		}
		return;
	}
	await db.schema.alterTable('collection_links').dropConstraint('collection_links_cell_unique').execute();
	await createIndexes(db);
}

async function createIndexes(db: Kysely<any>): Promise<void> {
	await db.schema
		.createIndex('collection_links_cell_unique')
		.on('collection_links')
		.columns(['campaign_id', 'wave', 'group_name'])
		.unique()
		.where(sql.ref('cluster_id'), 'is', null)
		.execute();
	await db.schema
		.createIndex('collection_links_cluster_unique')
		.on('collection_links')
		.columns(['campaign_id', 'wave', 'group_name', 'cluster_id'])
		.unique()
		.where(sql.ref('cluster_id'), 'is not', null)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.deleteFrom('collection_links').where('cluster_id', 'is not', null).execute();
	await db.schema.dropIndex('collection_links_cluster_unique').execute();
	await db.schema.dropIndex('collection_links_cell_unique').execute();
	// As before: a constraint on PostgreSQL (what up drops), a unique index on SQLite (whose table up makes again).
	if (db.getExecutor().adapter instanceof SqliteAdapter)
		await db.schema
			.createIndex('collection_links_cell_unique')
			.on('collection_links')
			.columns(['campaign_id', 'wave', 'group_name'])
			.unique()
			.execute();
	else
		await db.schema
			.alterTable('collection_links')
			.addUniqueConstraint('collection_links_cell_unique', ['campaign_id', 'wave', 'group_name'])
			.execute();
}
