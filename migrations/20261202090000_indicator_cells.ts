import { sql, type Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/** The columns a campaign's report groups by, in the order its one query groups them (INDICATORS.md §5). */
const LEVELS = ['campaign_id', 'wave', 'group_name', 'd1', 'age_band', 'd3', 'd4', 'd5', 'e1', 'score_int1'];
/** What the report adds up: the duration (the quick-response flag) and every other indicator's score. */
const SUMMED = [
	'duration_seconds', 'score_exp1', 'score_exp0', 'score_inf1', 'score_knw1', 'score_knw1m', 'score_knw2', 'score_rsk1',
	'score_att1', 'score_int2', 'score_tru1', 'score_tru2', 'score_shr1'
];

/**
 * Reports read only this index, in its order: no look-up of the wide rows, no sort (on SQLite an ordinary
 * (campaign, wave, group) index made the comparison of 50 campaigns several times slower than no index).
 * Each wave × group has its own data version, so that a new response has only its own cell added up again.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('responses_cell').execute();
	await db.schema.createIndex('responses_indicators').on('responses').columns([...LEVELS, ...SUMMED]).execute();
	await db.schema
		.createTable('cell_data_versions')
		.addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
		.addColumn('wave', 'text', (c) => c.notNull().check(sql.raw(`wave in ('baseline', 'endline', 'followup')`)))
		.addColumn('group_name', 'text', (c) => c.notNull().check(sql.raw(`group_name in ('exposed', 'comparison')`)))
		.addColumn('version', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('cell_data_versions_pk', ['campaign_id', 'wave', 'group_name'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('cell_data_versions').execute();
	await db.schema.dropIndex('responses_indicators').execute();
	await db.schema.createIndex('responses_cell').on('responses').columns(['campaign_id', 'wave', 'group_name']).execute();
}
