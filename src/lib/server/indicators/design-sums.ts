import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database, DesignSumsTable, ResponsesTable } from '../db/schema';
import { reuseCompiled } from '../db/reuse';
import { LEVEL_EXPRESSIONS, readLevels } from './levels';
import { addToDesignPsus, deleteEmptyDesignPsus, rebuildDesignPsus, writeDesignPsus } from './design-psus';
import { readDesignPsus } from './design-levels';
import { DESIGN_SUM_ADDED as ADDED, DESIGN_SUM_COLUMNS, DESIGN_SUM_KEYS } from './design-columns';

type Db = Kysely<Database> | Transaction<Database>;

/** Where a response stands in its campaign's design: its PSU, its stratum and its weight. */
export interface DesignPlace {
	psu: string;
	stratum: string;
	weight: number;
}

/** The cluster's stratum and weight, as a response's place is worked out from them. */
export interface ClusterDesign {
	stratum: string | null;
	weight: number | null;
}

/**
 * A response's place in the design, or null when it carries no cluster, weight or panel code (it weighs 1 and
 * is its own PSU, and `indicator_sums` alone counts it). PSU: its cluster, else its panel code, else itself ('').
 */
export function placeInDesign(row: ResponsesTable, cluster: ClusterDesign | null): DesignPlace | null {
	if (row.cluster_id === null && row.weight === null && row.panel_code === null) return null;
	const weight = row.weight ?? cluster?.weight ?? 1;
	if (row.cluster_id !== null) return { psu: `c:${row.cluster_id}`, stratum: cluster?.stratum ?? '', weight };
	// The same code in the two groups names two people: each group's panel has its own codes.
	if (row.panel_code !== null) return { psu: `p:${row.group_name}:${row.panel_code}`, stratum: '', weight };
	return { psu: '', stratum: '', weight };
}

/** What one response adds to its row of design sums. */
export function designSumsOf(row: ResponsesTable, place: DesignPlace, sign: 1 | -1): DesignSumsTable {
	const w = place.weight;
	const sums: Record<string, string | number> = {
		campaign_id: row.campaign_id,
		wave: row.wave,
		group_name: row.group_name,
		...readLevels(row),
		psu: place.psu,
		stratum: place.stratum,
		respondents: sign
	};
	for (const c of DESIGN_SUM_COLUMNS) {
		const score = row[c.score] as number | null;
		const y = score ?? 0;
		const counted = score === null ? 0 : sign;
		sums[c.n] = counted;
		sums[c.y] = counted * y;
		sums[c.w] = counted * w;
		sums[c.wy] = counted * w * y;
		sums[c.ww] = counted * w * w;
		sums[c.wwy] = counted * w * w * y;
		if (c.yy) sums[c.yy] = counted * y * y;
		if (c.wyy) sums[c.wyy] = counted * w * y * y;
		if (c.wwyy) sums[c.wwyy] = counted * w * w * y * y;
	}
	return sums as DesignSumsTable;
}

/** Adds one row of sums to another with the same key. */
export function mergeDesignSums(into: DesignSumsTable, sums: DesignSumsTable): void {
	const target = into as unknown as Record<string, number>;
	const added = sums as unknown as Record<string, number>;
	for (const column of ADDED) target[column] += added[column];
}

export function designSumsKey(sums: DesignSumsTable): string {
	return DESIGN_SUM_KEYS.map((column) => sums[column]).join('\u0000');
}

function buildAdd(db: Db, sums: DesignSumsTable) {
	return db
		.insertInto('design_sums')
		.values(sums)
		.onConflict((oc) =>
			oc
				.columns([...DESIGN_SUM_KEYS])
				.doUpdateSet(
					Object.fromEntries(
						ADDED.map((column) => [column, sql`design_sums.${sql.ref(column)} + ${sql.ref(`excluded.${column}`)}`])
					)
				)
		);
}

/** Writes rows of design sums, each added to the row of its key. */
export async function writeDesignSums(db: Db, rows: readonly DesignSumsTable[]): Promise<void> {
	for (const sums of rows) {
		await db.executeQuery(reuseCompiled(db, 'addToDesignSums', () => buildAdd(db, sums), Object.values(sums)));
	}
	await writeDesignPsus(db, rows);
}

/** The stratum and weight of each cluster named, by id. */
export async function readClusterDesigns(db: Db, clusterIds: string[]): Promise<Map<string, ClusterDesign>> {
	if (clusterIds.length === 0) return new Map();
	const rows = await db
		.selectFrom('campaign_clusters')
		.select(['id', 'stratum', 'weight'])
		.where('id', 'in', clusterIds)
		.execute();
	return new Map(rows.map((row) => [row.id, { stratum: row.stratum, weight: row.weight }]));
}

/** Rows of design sums that responses taken out left with no respondent. */
export async function deleteEmptyDesignSums(db: Db, campaignId: string): Promise<void> {
	await db.deleteFrom('design_sums').where('campaign_id', '=', campaignId).where('respondents', '=', 0).execute();
	await deleteEmptyDesignPsus(db, campaignId);
}

/**
 * What the responses an SQL condition keeps (those with a place in the design) add to their rows of design sums,
 * or (`byLevel` false) to their PSUs' rows.
 */
function sumDesignResponses(campaignId: string, only: RawBuilder<unknown>, sign: 1 | -1, byLevel = true) {
	const signed = (value: RawBuilder<unknown>) => (sign === 1 ? value : sql`-(${value})`);
	const w = sql`coalesce(weight, cluster_weight, 1)`;
	const sums = DESIGN_SUM_COLUMNS.flatMap((c) => {
		const y = sql.ref(c.score);
		const when = (value: RawBuilder<unknown>) => sql`coalesce(sum(case when ${y} is not null then ${value} end), 0)`;
		return [
			sql`count(${y})`,
			sql`coalesce(sum(${y}), 0)`,
			...(c.yy ? [sql`coalesce(sum(${y} * ${y}), 0)`] : []),
			when(w),
			when(sql`${w} * ${y}`),
			...(c.wyy ? [when(sql`${w} * ${y} * ${y}`)] : []),
			when(sql`${w} * ${w}`),
			when(sql`${w} * ${w} * ${y}`),
			...(c.wwyy ? [when(sql`${w} * ${w} * ${y} * ${y}`)] : [])
		].map(signed);
	});
	const psu = sql`case when cluster_id is not null then 'c:' || cluster_id when panel_code is not null then 'p:' || group_name || ':' || panel_code else '' end`;
	const stratum = sql`coalesce(cluster_stratum, '')`;
	// The responses with their cluster's stratum and weight, under the names of one table: conditions name their columns.
	const placed = sql`(
		select responses.*, k.stratum as cluster_stratum, k.weight as cluster_weight
		from responses left join campaign_clusters k on k.id = responses.cluster_id
		where responses.campaign_id = ${campaignId}
			and (responses.cluster_id is not null or responses.weight is not null or responses.panel_code is not null)
	) as placed`;
	const levels = byLevel ? sql`${sql.join(LEVEL_EXPRESSIONS)}, ` : sql``;
	return sql`
		select campaign_id, wave, group_name, ${levels}${psu}, ${stratum}, ${signed(sql`count(*)`)}, ${sql.join(sums)}
		from ${placed} where ${only}
		group by campaign_id, wave, group_name, ${levels}${psu}, ${stratum}`;
}

const COLUMNS = sql.join(
	[...DESIGN_SUM_KEYS.slice(0, -1), 'psu', 'stratum', ...ADDED].map((column) => sql.ref(column))
);

/** Adds the responses an SQL condition keeps to the campaign's design sums (`sign` -1 takes them out), in one statement; rows left empty stay. */
export async function addResponsesToDesignSums(
	db: Db,
	campaignId: string,
	only: RawBuilder<unknown>,
	sign: 1 | -1
): Promise<void> {
	const add = sql.join(
		ADDED.map((column) => sql`${sql.ref(column)} = design_sums.${sql.ref(column)} + excluded.${sql.ref(column)}`)
	);
	await sql`
		insert into design_sums (${COLUMNS})
		select * from (${sumDesignResponses(campaignId, only, sign)}) as added where true
		on conflict (${sql.join(DESIGN_SUM_KEYS.map((column) => sql.ref(column)))}) do update set ${add}`.execute(db);
	await addToDesignPsus(db, sumDesignResponses(campaignId, only, sign, false));
}

/** The campaign's design sums made again from its stored responses but the rejected (after a cluster's weight changed). */
export async function rebuildDesignSums(db: Db, campaignId: string): Promise<void> {
	await db.deleteFrom('design_sums').where('campaign_id', '=', campaignId).execute();
	await sql`
		insert into design_sums (${COLUMNS})
		${sumDesignResponses(campaignId, sql`review_state <> 'rejected'`, 1)}`.execute(db);
	await rebuildDesignPsus(db, campaignId);
	// Split by level now, so that the first report after an import or a change of design reads them ready.
	await readDesignPsus(db, campaignId);
}
