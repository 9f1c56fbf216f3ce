import { SqliteAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

const LEVELS = ['sex', 'age_band', 'region', 'education', 'returnee', 'exposure', 'intention'];
const SHARES = ['exp1', 'exp0', 'inf1', 'knw1', 'knw2', 'att1', 'int1', 'int2', 'tru1', 'tru2', 'shr1'];
const MEANS = ['knw1m', 'rsk1'];

/**
 * A campaign's sampling design (docs/standard.md §4.6): the clusters it declares, each with its stratum and
 * weight, and whether its respondents carry a panel code. A response may carry a cluster, its own weight (set by
 * the NGO's import) and a panel code, one per wave and group. A link may collect for one cluster.
 *
 * `design_sums` keeps, for the responses that carry any of these, each indicator's unweighted and weighted sums
 * per wave, group, level of every dimension and primary sampling unit (`psu`: `c:` and the cluster's id, `p:`
 * and the panel code, '' for responses that are their own PSU, summed with their squared weights). The other
 * responses of the campaign weigh 1 and are their own PSU: `indicator_sums` less these rows.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('campaign_clusters')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('code', 'text', (c) => c.notNull())
		// The code in lower case: codes are unique whatever their case.
		.addColumn('code_key', 'text', (c) => c.notNull())
		.addColumn('name', 'text')
		.addColumn('stratum', 'text')
		.addColumn('weight', 'double precision')
		.addUniqueConstraint('campaign_clusters_code', ['campaign_id', 'code_key'])
		.execute();

	await db.schema
		.alterTable('campaigns')
		.addColumn('panel', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();

	await db.schema
		.alterTable('responses')
		.addColumn('cluster_id', 'text', (c) => c.references('campaign_clusters.id'))
		.execute();
	await db.schema.alterTable('responses').addColumn('weight', 'double precision').execute();
	await db.schema.alterTable('responses').addColumn('panel_code', 'text').execute();
	await db.schema
		.createIndex('responses_panel_code')
		.on('responses')
		.columns(['campaign_id', 'wave', 'group_name', 'panel_code'])
		.unique()
		.execute();
	await db.schema.createIndex('responses_of_cluster').on('responses').column('cluster_id').execute();

	await db.schema
		.alterTable('collection_links')
		.addColumn('cluster_id', 'text', (c) => c.references('campaign_clusters.id').onDelete('cascade'))
		.execute();

	let table: CreateTableBuilder<string, string> = db.schema
		.createTable('design_sums')
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('wave', 'text', (c) => c.notNull())
		.addColumn('group_name', 'text', (c) => c.notNull());
	for (const level of LEVELS) table = table.addColumn(level, 'text', (c) => c.notNull());
	table = table
		.addColumn('psu', 'text', (c) => c.notNull())
		.addColumn('stratum', 'text', (c) => c.notNull())
		.addColumn('respondents', 'integer', (c) => c.notNull());
	// Unweighted count and sums, then Σw, Σwy (Σwy²), then Σw², Σw²y (Σw²y²): a share's y² is y.
	for (const share of SHARES)
		for (const suffix of ['n', 'y', 'w', 'wy', 'ww', 'wwy'])
			table = table.addColumn(`${share}_${suffix}`, 'double precision', (c) => c.notNull());
	for (const mean of MEANS)
		for (const suffix of ['n', 'y', 'yy', 'w', 'wy', 'wyy', 'ww', 'wwy', 'wwyy'])
			table = table.addColumn(`${mean}_${suffix}`, 'double precision', (c) => c.notNull());
	table = table.addPrimaryKeyConstraint('design_sums_pk', ['campaign_id', 'wave', 'group_name', ...LEVELS, 'psu']);
	if (db.getExecutor().adapter instanceof SqliteAdapter) table = table.modifyEnd(sql`without rowid`);
	await table.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('design_sums').execute();
	await db.schema.alterTable('collection_links').dropColumn('cluster_id').execute();
	await db.schema.dropIndex('responses_of_cluster').execute();
	await db.schema.dropIndex('responses_panel_code').execute();
	await db.schema.alterTable('responses').dropColumn('panel_code').execute();
	await db.schema.alterTable('responses').dropColumn('weight').execute();
	await db.schema.alterTable('responses').dropColumn('cluster_id').execute();
	await db.schema.alterTable('campaigns').dropColumn('panel').execute();
	await db.schema.dropTable('campaign_clusters').execute();
}
