import { SqliteAdapter, sql, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

const SHARES = ['exp1', 'exp0', 'inf1', 'knw1', 'knw2', 'att1', 'int1', 'int2', 'tru1', 'tru2', 'shr1'];
const MEANS = ['knw1m', 'rsk1'];
const SUMS = [
	...SHARES.flatMap((share) => ['n', 'y', 'w', 'wy', 'ww', 'wwy'].map((suffix) => `${share}_${suffix}`)),
	...MEANS.flatMap((mean) =>
		['n', 'y', 'yy', 'w', 'wy', 'wyy', 'ww', 'wwy', 'wwyy'].map((suffix) => `${mean}_${suffix}`)
	)
];

/**
 * `design_psus`: the design sums of each primary sampling unit of a campaign in a wave and group, whatever the
 * levels of its respondents (`design_sums` added up over them), kept with it in the same transactions;
 * `generation` moves with every change. `design_psu_levels`: the same sums split by the levels of each dimension,
 * made from `design_sums` when a report needs them and valid while their `generation` is the PSU's, `stamp`
 * naming each split stored. Apart, so that a response adding to its PSU writes a short row.
 */
export async function up(db: Kysely<any>): Promise<void> {
	const binary = db.getExecutor().adapter instanceof SqliteAdapter ? 'blob' : 'bytea';
	let table = db.schema
		.createTable('design_psus')
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('wave', 'text', (c) => c.notNull())
		.addColumn('group_name', 'text', (c) => c.notNull())
		.addColumn('psu', 'text', (c) => c.notNull())
		.addColumn('stratum', 'text', (c) => c.notNull())
		.addColumn('respondents', 'integer', (c) => c.notNull())
		.addColumn('generation', 'integer', (c) => c.notNull().defaultTo(0));
	for (const column of SUMS) table = table.addColumn(column, 'double precision', (c) => c.notNull());
	await table.addPrimaryKeyConstraint('design_psus_pk', ['campaign_id', 'wave', 'group_name', 'psu']).execute();
	await db.schema
		.createTable('design_psu_levels')
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('wave', 'text', (c) => c.notNull())
		.addColumn('group_name', 'text', (c) => c.notNull())
		.addColumn('psu', 'text', (c) => c.notNull())
		.addColumn('generation', 'integer', (c) => c.notNull())
		// Random, new with each split stored: a process that read it may keep it while the stamp holds.
		.addColumn('stamp', 'text', (c) => c.notNull())
		.addColumn('levels', sql.raw(binary), (c) => c.notNull())
		.addPrimaryKeyConstraint('design_psu_levels_pk', ['campaign_id', 'wave', 'group_name', 'psu'])
		.execute();
	const columns = sql.join(SUMS.map((column) => sql.ref(column)));
	const sums = sql.join(SUMS.map((column) => sql`sum(${sql.ref(column)})`));
	await sql`
		insert into design_psus (campaign_id, wave, group_name, psu, stratum, respondents, generation, ${columns})
		select campaign_id, wave, group_name, psu, min(stratum), sum(respondents), 1, ${sums}
		from design_sums group by campaign_id, wave, group_name, psu`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('design_psu_levels').execute();
	await db.schema.dropTable('design_psus').execute();
}
