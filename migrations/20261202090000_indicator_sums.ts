import { SqliteAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/** Where each level of INDICATORS.md §5's dimensions is read from a response ('' when not answered). */
const LEVELS: [string, string][] = [
	['sex', `coalesce(d1, '')`],
	['age_band', `coalesce(age_band, '')`],
	['region', `coalesce(d3, '')`],
	['education', `coalesce(d4, '')`],
	['returnee', `coalesce(d5, '')`],
	['exposure', `coalesce(e1, '')`],
	['intention', `case score_int1 when 1 then 'yes' when 0 then 'no' else '' end`]
];
/** Indicators scored 0 or 1 (their sum of squares is their sum), then the two means. */
const SHARES = ['exp1', 'exp0', 'inf1', 'knw1', 'knw2', 'att1', 'int1', 'int2', 'tru1', 'tru2', 'shr1'];
const MEANS: [string, 'integer' | 'double precision'][] = [
	['knw1m', 'integer'],
	['rsk1', 'double precision']
];

/**
 * Each indicator's count, sum and sum of squares per wave, group and level of every dimension at once, kept
 * up to date in the transaction that stores each response: a report reads these few rows whatever the
 * number of responses. The (campaign, wave, group) index on responses served only the reports, which now
 * read none; the unique (campaign, client id) index still finds a campaign's responses.
 */
export async function up(db: Kysely<any>): Promise<void> {
	let table: CreateTableBuilder<string, string> = db.schema
		.createTable('indicator_sums')
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('wave', 'text', (c) => c.notNull())
		.addColumn('group_name', 'text', (c) => c.notNull());
	for (const [level] of LEVELS) table = table.addColumn(level, 'text', (c) => c.notNull());
	table = table
		.addColumn('respondents', 'integer', (c) => c.notNull())
		.addColumn('quick', 'integer', (c) => c.notNull());
	for (const share of SHARES)
		table = table
			.addColumn(`${share}_n`, 'integer', (c) => c.notNull())
			.addColumn(`${share}_sum`, 'integer', (c) => c.notNull());
	for (const [mean, type] of MEANS) {
		table = table
			.addColumn(`${mean}_n`, 'integer', (c) => c.notNull())
			.addColumn(`${mean}_sum`, type, (c) => c.notNull())
			.addColumn(`${mean}_squares`, type, (c) => c.notNull());
	}
	table = table.addPrimaryKeyConstraint('indicator_sums_pk', [
		'campaign_id',
		'wave',
		'group_name',
		...LEVELS.map(([level]) => level)
	]);
	// On SQLite the rows live in the key's own b-tree: one write a response instead of two.
	if (db.getExecutor().adapter instanceof SqliteAdapter) table = table.modifyEnd(sql`without rowid`);
	await table.execute();

	const sums = [
		...SHARES.flatMap((share) => [`count(score_${share})`, `coalesce(sum(score_${share}), 0)`]),
		...MEANS.flatMap(([mean]) => [
			`count(score_${mean})`,
			`coalesce(sum(score_${mean}), 0)`,
			`coalesce(sum(score_${mean} * score_${mean}), 0)`
		])
	];
	const columns = [
		'campaign_id',
		'wave',
		'group_name',
		...LEVELS.map(([level]) => level),
		'respondents',
		'quick',
		...SHARES.flatMap((share) => [`${share}_n`, `${share}_sum`]),
		...MEANS.flatMap(([mean]) => [`${mean}_n`, `${mean}_sum`, `${mean}_squares`])
	];
	const keys = ['campaign_id', 'wave', 'group_name', ...LEVELS.map(([, expression]) => expression)];
	await sql
		.raw(
			`insert into indicator_sums (${columns.join(', ')})
			select ${keys.join(', ')}, count(*), coalesce(sum(case when duration_seconds < 120 then 1 else 0 end), 0), ${sums.join(', ')}
			from responses group by ${keys.join(', ')}`
		)
		.execute(db);
	await db.schema.dropIndex('responses_cell').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema
		.createIndex('responses_cell')
		.on('responses')
		.columns(['campaign_id', 'wave', 'group_name'])
		.execute();
	await db.schema.dropTable('indicator_sums').execute();
}
