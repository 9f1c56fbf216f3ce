import { SqliteAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

const DIMENSIONS = ['sex', 'age_band', 'region', 'education', 'returnee', 'exposure', 'intention'];
const SHARES = ['exp1', 'exp0', 'inf1', 'knw1', 'knw2', 'att1', 'int1', 'int2', 'tru1', 'tru2', 'shr1'];
const MEANS: [string, 'integer' | 'double precision'][] = [
	['knw1m', 'integer'],
	['rsk1', 'double precision']
];
const ADDED = [
	'respondents',
	'quick',
	...SHARES.flatMap((share) => [`${share}_n`, `${share}_sum`]),
	...MEANS.flatMap(([mean]) => [`${mean}_n`, `${mean}_sum`, `${mean}_squares`])
];

/**
 * `indicator_level_sums`: `indicator_sums` added up over every dimension but one, a row per wave, group, dimension
 * and level ('' and '' for all the cell's respondents), kept in the same transactions. A report reads a few
 * hundred of these rows where it read thousands and added them up.
 */
export async function up(db: Kysely<any>): Promise<void> {
	let table: CreateTableBuilder<string, string> = db.schema
		.createTable('indicator_level_sums')
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('wave', 'text', (c) => c.notNull())
		.addColumn('group_name', 'text', (c) => c.notNull())
		.addColumn('dimension', 'text', (c) => c.notNull())
		.addColumn('level', 'text', (c) => c.notNull())
		.addColumn('respondents', 'integer', (c) => c.notNull())
		.addColumn('quick', 'integer', (c) => c.notNull());
	for (const share of SHARES)
		table = table
			.addColumn(`${share}_n`, 'integer', (c) => c.notNull())
			.addColumn(`${share}_sum`, 'integer', (c) => c.notNull());
	for (const [mean, type] of MEANS)
		table = table
			.addColumn(`${mean}_n`, 'integer', (c) => c.notNull())
			.addColumn(`${mean}_sum`, type, (c) => c.notNull())
			.addColumn(`${mean}_squares`, type, (c) => c.notNull());
	table = table.addPrimaryKeyConstraint('indicator_level_sums_pk', [
		'campaign_id',
		'wave',
		'group_name',
		'dimension',
		'level'
	]);
	if (db.getExecutor().adapter instanceof SqliteAdapter) table = table.modifyEnd(sql`without rowid`);
	await table.execute();
	const sums = ADDED.map((column) => `sum(${column})`).join(', ');
	for (const [dimension, level] of [['', `''`], ...DIMENSIONS.map((name) => [name, name])])
		await sql
			.raw(
				`insert into indicator_level_sums (campaign_id, wave, group_name, dimension, level, ${ADDED.join(', ')})
				select campaign_id, wave, group_name, '${dimension}', ${level}, ${sums}
				from indicator_sums group by campaign_id, wave, group_name, ${level === `''` ? 'campaign_id' : level}`
			)
			.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('indicator_level_sums').execute();
}
