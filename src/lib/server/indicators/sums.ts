import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database, DesignSumsTable, IndicatorSumsTable, ResponsesTable } from '../db/schema';
import { reuseCompiled } from '../db/reuse';
import {
	addResponsesToDesignSums,
	deleteEmptyDesignSums,
	designSumsKey,
	designSumsOf,
	mergeDesignSums,
	placeInDesign,
	readClusterDesigns,
	rebuildDesignSums,
	writeDesignSums,
	type ClusterDesign
} from './design-sums';
import { addToLevelSums, deleteEmptyLevelSums, rebuildLevelSums } from './level-sums';
import { LEVEL_EXPRESSIONS, readLevels } from './levels';
import { SUM_ADDED, SUM_COLUMNS, SUM_KEYS } from './sum-columns';

type Db = Kysely<Database> | Transaction<Database>;

export { SUM_COLUMNS, SUM_KEYS };

const ADDED = SUM_ADDED;

/** What one response adds to its row of sums: the same as `rebuildIndicatorSums` counts for it. */
function sumsOf(row: ResponsesTable): IndicatorSumsTable {
	const sums: Record<string, string | number> = {
		campaign_id: row.campaign_id,
		wave: row.wave,
		group_name: row.group_name,
		...readLevels(row),
		respondents: 1,
		quick: row.duration_seconds !== null && row.duration_seconds < 120 ? 1 : 0
	};
	for (const column of SUM_COLUMNS) {
		const score = row[column.score] as number | null;
		sums[column.n] = score === null ? 0 : 1;
		sums[column.sum] = score ?? 0;
		if (column.squares) sums[column.squares] = score === null ? 0 : score * score;
	}
	return sums as IndicatorSumsTable;
}

function buildAdd(db: Db, sums: IndicatorSumsTable) {
	return db
		.insertInto('indicator_sums')
		.values(sums)
		.onConflict((oc) =>
			oc
				.columns([...SUM_KEYS])
				.doUpdateSet(
					Object.fromEntries(
						ADDED.map((column) => [column, sql`indicator_sums.${sql.ref(column)} + ${sql.ref(`excluded.${column}`)}`])
					)
				)
		);
}

/** Sums of responses stored in one transaction, by their row of sums, not yet written. */
export interface SumsBatch {
	sums: Map<string, IndicatorSumsTable>;
	/** Design sums of responses that carry a cluster, a weight or a panel code, by their row. */
	design: Map<string, DesignSumsTable>;
	/** Responses in a cluster whose stratum and weight are read when the batch is written. */
	unplaced: { row: ResponsesTable; sign: 1 | -1 }[];
}

export function startSumsBatch(): SumsBatch {
	return { sums: new Map(), design: new Map(), unplaced: [] };
}

/**
 * Counts a stored response in the batch (or, with `sign` -1, takes it out: a response rejected, corrected or
 * deleted): respondents who share a cell and their levels make one write.
 */
export function addToSumsBatch(
	batch: SumsBatch,
	row: ResponsesTable,
	sign: 1 | -1 = 1,
	cluster?: ClusterDesign | null
): void {
	const sums = sumsOf(row);
	if (sign === -1) for (const column of ADDED) (sums as unknown as Record<string, number>)[column] *= -1;
	const key = SUM_KEYS.map((column) => sums[column]).join('\u0000');
	const kept = batch.sums.get(key) as Record<string, number> | undefined;
	if (!kept) batch.sums.set(key, sums);
	else for (const column of ADDED) kept[column] += (sums as unknown as Record<string, number>)[column];
	if (row.cluster_id !== null && cluster === undefined) batch.unplaced.push({ row, sign });
	else addToDesignBatch(batch, row, sign, cluster ?? null);
}

function addToDesignBatch(batch: SumsBatch, row: ResponsesTable, sign: 1 | -1, cluster: ClusterDesign | null): void {
	const place = placeInDesign(row, cluster);
	if (!place) return;
	const sums = designSumsOf(row, place, sign);
	const key = designSumsKey(sums);
	const kept = batch.design.get(key);
	if (kept) mergeDesignSums(kept, sums);
	else batch.design.set(key, sums);
}

/**
 * Adds the batch to the sums its campaigns' reports read, in the transaction that stored its responses: the
 * sums never hold a response that is not stored, nor miss one that is.
 */
export async function writeSumsBatch(db: Db, batch: SumsBatch): Promise<void> {
	for (const sums of batch.sums.values()) {
		await db.executeQuery(reuseCompiled(db, 'addToIndicatorSums', () => buildAdd(db, sums), Object.values(sums)));
	}
	await addToLevelSums(db, batch.sums.values());
	if (batch.unplaced.length > 0) {
		const clusters = await readClusterDesigns(db, [...new Set(batch.unplaced.map(({ row }) => row.cluster_id!))]);
		for (const { row, sign } of batch.unplaced)
			addToDesignBatch(batch, row, sign, clusters.get(row.cluster_id!) ?? null);
	}
	await writeDesignSums(db, [...batch.design.values()]);
	batch.sums.clear();
	batch.design.clear();
	batch.unplaced.length = 0;
}

/** Rows of sums that responses taken out left with no respondent: they would show a cell that has none. */
export async function deleteEmptySums(db: Db, campaignId: string): Promise<void> {
	await db.deleteFrom('indicator_sums').where('campaign_id', '=', campaignId).where('respondents', '=', 0).execute();
	await deleteEmptyLevelSums(db, campaignId);
	await deleteEmptyDesignSums(db, campaignId);
}

/** What the responses an SQL condition keeps add to their rows of sums, `sign` -1 taking them out. */
function sumResponses(campaignId: string, only: RawBuilder<unknown>, sign: 1 | -1) {
	const signed = (value: RawBuilder<unknown>) => (sign === 1 ? value : sql`-(${value})`);
	const sums = SUM_COLUMNS.flatMap((column) => {
		const score = sql.ref(column.score);
		return [
			sql`count(${score})`,
			sql`coalesce(sum(${score}), 0)`,
			...(column.squares ? [sql`coalesce(sum(${score} * ${score}), 0)`] : [])
		].map(signed);
	});
	return sql`
		select campaign_id, wave, group_name, ${sql.join(LEVEL_EXPRESSIONS)}, ${signed(sql`count(*)`)}, ${signed(sql`coalesce(sum(case when duration_seconds < 120 then 1 else 0 end), 0)`)}, ${sql.join(sums)}
		from responses where campaign_id = ${campaignId} and ${only}
		group by campaign_id, wave, group_name, ${sql.join(LEVEL_EXPRESSIONS)}`;
}

const COLUMNS = sql.join([...SUM_KEYS, ...ADDED].map((column) => sql.ref(column)));

/**
 * Adds the responses an SQL condition keeps to the campaign's sums (or, `sign` -1, takes them out), in one
 * statement however many they are: a review by filter changes the sums by what it changed, never by reading
 * every response of the campaign again. Rows left with no respondent go.
 */
export async function addResponsesToSums(
	db: Db,
	campaignId: string,
	only: RawBuilder<unknown>,
	sign: 1 | -1
): Promise<void> {
	const add = sql.join(
		ADDED.map((column) => sql`${sql.ref(column)} = indicator_sums.${sql.ref(column)} + excluded.${sql.ref(column)}`)
	);
	// `where true` lets SQLite read an upsert after a select (its parser would take `on` for a join).
	await sql`
		insert into indicator_sums (${COLUMNS})
		select * from (${sumResponses(campaignId, only, sign)}) as added where true
		on conflict (${sql.join(SUM_KEYS.map((column) => sql.ref(column)))}) do update set ${add}`.execute(db);
	await addResponsesToDesignSums(db, campaignId, only, sign);
	await deleteEmptySums(db, campaignId);
	await rebuildLevelSums(db, campaignId);
}

/** The campaign's sums made again from its stored responses but the rejected (after a bulk insert, a deletion). */
export async function rebuildIndicatorSums(db: Db, campaignId: string): Promise<void> {
	await db.deleteFrom('indicator_sums').where('campaign_id', '=', campaignId).execute();
	await sql`
		insert into indicator_sums (${COLUMNS})
		${sumResponses(campaignId, sql`review_state <> 'rejected'`, 1)}`.execute(db);
	await rebuildLevelSums(db, campaignId);
	await rebuildDesignSums(db, campaignId);
}
