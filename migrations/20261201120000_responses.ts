import { sql, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/** Core module v1's items (INDICATORS.md §2b), one column each; D2 and I1 never take `dk`, so they are integers. */
const TEXT_ITEMS = [
	'c0',
	'd1',
	'c1',
	'd3',
	'd4',
	'd5',
	'e1',
	'e2',
	'e3_1',
	'e3_2',
	'e3_3',
	'e3_4',
	'e3_5',
	'e3_p',
	'k1',
	'k2',
	'k3',
	'k4',
	'k5',
	'k6',
	'k7',
	'k8',
	'a1',
	'r1',
	'r2',
	'r3',
	'r4',
	'r5',
	't1',
	'm1',
	'm2',
	'm3',
	'p1',
	'p2',
	'p3',
	'p4',
	'tr1',
	'tr2',
	'tr3',
	'tr4',
	'tr5',
	'tr6',
	's1'
];
const INTEGER_ITEMS = ['d2', 'i1'];
/** What each response scores on the indicators of §3 (0/1, or a number for the two means), computed when stored. */
const INTEGER_SCORES = [
	'score_exp1',
	'score_exp0',
	'score_inf1',
	'score_knw1',
	'score_knw1m',
	'score_knw2',
	'score_att1',
	'score_int1',
	'score_int2',
	'score_tru1',
	'score_tru2',
	'score_shr1'
];

export async function up(db: Kysely<any>): Promise<void> {
	let responses = db.schema
		.createTable('responses')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('link_id', 'text', (c) => c.notNull().references('collection_links.id').onDelete('cascade'))
		.addColumn('survey_version_id', 'text', (c) => c.notNull().references('survey_versions.id').onDelete('cascade'))
		.addColumn('core_module_version', 'integer', (c) => c.notNull())
		// Copied from the link so that indicators group by them without a join.
		.addColumn('wave', 'text', (c) => c.notNull())
		.addColumn('group_name', 'text', (c) => c.notNull())
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('mode', 'text', (c) => c.notNull().check(sql.raw(`mode in ('self', 'enumerator')`)))
		.addColumn('channel', 'text', (c) => c.notNull().check(sql.raw(`channel in ('form', 'api', 'import')`)))
		.addColumn('client_id', 'text', (c) => c.notNull())
		.addColumn('collected_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('started_at', 'text')
		.addColumn('submitted_at', 'text', (c) => c.notNull())
		.addColumn('received_at', 'text', (c) => c.notNull())
		.addColumn('duration_seconds', 'integer');
	for (const column of TEXT_ITEMS) responses = responses.addColumn(column, 'text');
	for (const column of INTEGER_ITEMS) responses = responses.addColumn(column, 'integer');
	responses = responses.addColumn('age_band', 'text');
	for (const column of INTEGER_SCORES) responses = responses.addColumn(column, 'integer');
	await responses
		.addColumn('score_rsk1', 'double precision')
		.addColumn('custom_answers', 'text', (c) => c.notNull())
		// A submission id seen once per campaign: retries, double taps and replayed queues store nothing more.
		.addUniqueConstraint('responses_client_unique', ['campaign_id', 'client_id'])
		.execute();
	await db.schema
		.createIndex('responses_cell')
		.on('responses')
		.columns(['campaign_id', 'wave', 'group_name'])
		.execute();

	// Refusals and respondents under 15: a count per link and day, nothing else (INDICATORS.md §6).
	await db.schema
		.createTable('survey_endings')
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('link_id', 'text', (c) => c.notNull().references('collection_links.id').onDelete('cascade'))
		.addColumn('client_id', 'text', (c) => c.notNull())
		.addColumn('outcome', 'text', (c) => c.notNull().check(sql.raw(`outcome in ('refused', 'not_eligible')`)))
		.addColumn('ended_on', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('survey_endings_pk', ['campaign_id', 'client_id'])
		.execute();

	// Changes whenever a campaign's responses change (a batch written, an import, a deletion): reports computed
	// from them are kept until it does, in every app process.
	await db.schema
		.createTable('campaign_data_versions')
		.addColumn('campaign_id', 'text', (c) => c.primaryKey().references('campaigns.id').onDelete('cascade'))
		.addColumn('version', 'integer', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('campaign_logos')
		.addColumn('campaign_id', 'text', (c) => c.primaryKey().references('campaigns.id').onDelete('cascade'))
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('data', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('campaign_logos').execute();
	await db.schema.dropTable('campaign_data_versions').execute();
	await db.schema.dropTable('survey_endings').execute();
	await db.schema.dropTable('responses').execute();
}
