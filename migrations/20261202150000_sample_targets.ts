import type { Kysely } from 'kysely';

// Frozen once merged: a later change gets a new migration file.

/**
 * The respondents a campaign needs in each wave and group, as the NGO set it with the sample-size planner;
 * null until it is set. The results page measures collection against it.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('campaigns').addColumn('sample_target', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('campaigns').dropColumn('sample_target').execute();
}
