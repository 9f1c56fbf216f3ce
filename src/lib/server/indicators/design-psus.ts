import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database, DesignSumsTable } from '../db/schema';
import { reuseCompiled } from '../db/reuse';
import { DESIGN_SUM_ADDED } from './design-columns';

type Db = Kysely<Database> | Transaction<Database>;

/** The columns of `design_psus` that identify a row: the cell and the PSU. */
export const DESIGN_PSU_KEYS = ['campaign_id', 'wave', 'group_name', 'psu'] as const;

/** The columns a select feeding `addToDesignPsus` gives, in its order. */
export const DESIGN_PSU_COLUMNS = [...DESIGN_PSU_KEYS, 'stratum', ...DESIGN_SUM_ADDED];

type PsuSums = Record<(typeof DESIGN_PSU_COLUMNS)[number], string | number>;

/** Rows of design sums added up by PSU, their levels left out: one write per PSU. */
function addUpByPsu(rows: Iterable<DesignSumsTable>): Map<string, PsuSums> {
	const byPsu = new Map<string, PsuSums>();
	for (const row of rows) {
		const from = row as unknown as Record<string, string | number>;
		const key = DESIGN_PSU_KEYS.map((column) => from[column]).join('\u0000');
		const kept = byPsu.get(key);
		if (kept) for (const column of DESIGN_SUM_ADDED) (kept[column] as number) += from[column] as number;
		else byPsu.set(key, Object.fromEntries(DESIGN_PSU_COLUMNS.map((column) => [column, from[column]])) as PsuSums);
	}
	return byPsu;
}

const ADD_EXCLUDED = Object.fromEntries([
	...DESIGN_SUM_ADDED.map((column) => [column, sql`design_psus.${sql.ref(column)} + ${sql.ref(`excluded.${column}`)}`]),
	['stratum', sql.ref('excluded.stratum')],
	// Whatever changed, the sums split by level kept with the row no longer hold.
	['generation', sql`design_psus.generation + 1`]
]);

function buildAdd(db: Db, sums: PsuSums) {
	return db
		.insertInto('design_psus')
		.values(sums as never)
		.onConflict((oc) => oc.columns([...DESIGN_PSU_KEYS]).doUpdateSet(ADD_EXCLUDED as never));
}

/** Adds rows of design sums to their PSUs' rows. */
export async function writeDesignPsus(db: Db, rows: Iterable<DesignSumsTable>): Promise<void> {
	for (const sums of addUpByPsu(rows).values()) {
		const parameters = DESIGN_PSU_COLUMNS.map((column) => sums[column]);
		await db.executeQuery(reuseCompiled(db, 'addToDesignPsus', () => buildAdd(db, sums), parameters));
	}
}

/** Adds what a select gives (`DESIGN_PSU_COLUMNS`, one row per PSU) to the PSUs' rows, in one statement. */
export async function addToDesignPsus(db: Db, added: RawBuilder<unknown>): Promise<void> {
	const set = sql.join(
		Object.entries(ADD_EXCLUDED).map(([column, value]) => sql`${sql.ref(column)} = ${value as RawBuilder<unknown>}`)
	);
	// `where true` lets SQLite read an upsert after a select (its parser would take `on` for a join).
	await sql`
		insert into design_psus (${sql.join(DESIGN_PSU_COLUMNS.map((column) => sql.ref(column)))})
		select * from (${added}) as added where true
		on conflict (${sql.join(DESIGN_PSU_KEYS.map((column) => sql.ref(column)))}) do update set ${set}`.execute(db);
}

/**
 * PSUs that responses taken out left with no respondent, and their splits: a PSU made again later starts its
 * generations again, which a split left behind would claim.
 */
export async function deleteEmptyDesignPsus(db: Db, campaignId: string): Promise<void> {
	await db.deleteFrom('design_psus').where('campaign_id', '=', campaignId).where('respondents', '=', 0).execute();
	await db
		.deleteFrom('design_psu_levels as l')
		.where('l.campaign_id', '=', campaignId)
		.where(({ not, exists, selectFrom }) =>
			not(
				exists(
					selectFrom('design_psus as p')
						.select('p.psu')
						.whereRef('p.campaign_id', '=', 'l.campaign_id')
						.whereRef('p.wave', '=', 'l.wave')
						.whereRef('p.group_name', '=', 'l.group_name')
						.whereRef('p.psu', '=', 'l.psu')
				)
			)
		)
		.execute();
}

/** The campaign's PSUs' rows made again from its design sums, their splits gone. */
export async function rebuildDesignPsus(db: Db, campaignId: string): Promise<void> {
	await db.deleteFrom('design_psu_levels').where('campaign_id', '=', campaignId).execute();
	await db.deleteFrom('design_psus').where('campaign_id', '=', campaignId).execute();
	const sums = DESIGN_SUM_ADDED.map((column) => sql`sum(${sql.ref(column)})`);
	await sql`
		insert into design_psus (${sql.join(DESIGN_PSU_COLUMNS.map((column) => sql.ref(column)))})
		select campaign_id, wave, group_name, psu, min(stratum), ${sql.join(sums)}
		from design_sums where campaign_id = ${campaignId}
		group by campaign_id, wave, group_name, psu`.execute(db);
}
