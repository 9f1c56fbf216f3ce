import { sql, type Kysely } from 'kysely';
import { GROUPS, type CellSums, type Group, type Wave } from '$lib/indicators/types';
import { DIMENSIONS, type Dimension } from '$lib/indicators/dimensions';
import { DESIGN_WIDTH, type LevelledDesignSums } from '$lib/indicators/design-psus';
import type { PanelCount } from '$lib/indicators/panel';
import { selectArrays } from '../db/arrays';
import { reuseCompiled } from '../db/reuse';
import type { Database } from '../db/schema';
import { DESIGN_SUM_COLUMNS } from './design-columns';
import { sumLevelCells } from './level-sums';

/** The sums of every wave and group (`dimension` null), or of each level of one dimension. */
export async function sumCells(
	db: Kysely<Database>,
	campaignId: string,
	dimension: Dimension | null
): Promise<CellSums[]> {
	return (await sumLevelCells(db, campaignId, [dimension]))[0];
}

/** The columns of `design_sums` a row of `readLevelledDesignSums` holds: cell, levels, PSU, stratum, respondents, sums. */
const DESIGN_COLUMNS = [
	'wave',
	'group_name',
	...DIMENSIONS,
	'psu',
	'stratum',
	'respondents',
	...DESIGN_SUM_COLUMNS.flatMap((c) =>
		[c.n, c.y, c.yy, c.w, c.wy, c.wyy, c.ww, c.wwy, c.wwyy].filter((name): name is string => name !== null)
	)
];
const FIRST_DESIGN_VALUE = 2 + DIMENSIONS.length + 3;

/** Where each of a row's `DESIGN_VALUES` per indicator is read: a share's y² is its y, read twice. */
const DESIGN_VALUE_COLUMNS = (() => {
	const at: number[] = [];
	let column = FIRST_DESIGN_VALUE;
	for (const c of DESIGN_SUM_COLUMNS) {
		const [n, y] = [column++, column++];
		const yy = c.yy ? column++ : y;
		const [w, wy] = [column++, column++];
		const wyy = c.wyy ? column++ : wy;
		const [ww, wwy] = [column++, column++];
		const wwyy = c.wwyy ? column++ : wwy;
		at.push(n, y, yy, w, wy, wyy, ww, wwy, wwyy);
	}
	return at;
})();

/** Some PSUs of one wave and group. */
export interface PsusOfCell {
	wave: Wave;
	group: Group;
	psus: readonly string[];
}

/**
 * The design sums of the responses that carry a cluster, a weight or a panel code, per wave, group, level of
 * every dimension and PSU (those of `only`, else all); none for a campaign of simple design.
 */
export async function readLevelledDesignSums(
	db: Kysely<Database>,
	campaignId: string,
	only?: PsusOfCell
): Promise<LevelledDesignSums[]> {
	const build = () =>
		db
			.selectFrom('design_sums')
			.select(DESIGN_COLUMNS.map((column) => sql.ref(column).as(column)))
			.where('campaign_id', '=', campaignId);
	const query = only
		? build()
				.where('wave', '=', only.wave)
				.where('group_name', '=', only.group)
				.where('psu', 'in', [...only.psus])
		: { compile: () => reuseCompiled(db, 'readLevelledDesignSums', build, [campaignId]) };
	return (await selectArrays(db, query)).map(toLevelledDesignSums);
}

// Thousands of rows per report: plain loops.
function toLevelledDesignSums(row: unknown[]): LevelledDesignSums {
	const values = new Float64Array(DESIGN_WIDTH);
	for (let i = 0; i < DESIGN_WIDTH; i++) values[i] = Number(row[DESIGN_VALUE_COLUMNS[i]]);
	const levels = {} as Record<Dimension, string | null>;
	for (let i = 0; i < DIMENSIONS.length; i++) {
		const level = row[2 + i];
		levels[DIMENSIONS[i]] = level === '' ? null : String(level);
	}
	const at = 2 + DIMENSIONS.length;
	return {
		wave: row[0] as Wave,
		group: row[1] as Group,
		levels,
		psu: String(row[at]),
		stratum: String(row[at + 1]),
		respondents: Number(row[at + 2]),
		values
	};
}

/**
 * A panel campaign's members per group: distinct panel codes at baseline, and those found again at endline
 * (rejected responses left out); undefined for a campaign that follows no panel and has no panel code.
 */
export async function countPanel(db: Kysely<Database>, campaignId: string): Promise<PanelCount[] | undefined> {
	const [campaign, rows] = await Promise.all([
		db.selectFrom('campaigns').select('panel').where('id', '=', campaignId).executeTakeFirst(),
		db
			.selectFrom('responses as b')
			.leftJoin('responses as e', (join) =>
				join
					.onRef('e.campaign_id', '=', 'b.campaign_id')
					.onRef('e.group_name', '=', 'b.group_name')
					.onRef('e.panel_code', '=', 'b.panel_code')
					.on('e.wave', '=', 'endline')
					.on('e.review_state', '<>', 'rejected')
			)
			.select((eb) => [
				'b.group_name',
				eb.fn.countAll<number>().as('baseline'),
				eb.fn.count<number>('e.id').as('retained')
			])
			.where('b.campaign_id', '=', campaignId)
			.where('b.wave', '=', 'baseline')
			// Each group named: the index then leads straight to the panel codes, past the responses that have none.
			.where('b.group_name', 'in', [...GROUPS])
			.where('b.panel_code', 'is not', null)
			.where('b.review_state', '<>', 'rejected')
			.groupBy('b.group_name')
			.execute()
	]);
	if (rows.length === 0 && Number(campaign?.panel ?? 0) !== 1) return undefined;
	return rows.map((row) => ({ group: row.group_name, baseline: Number(row.baseline), retained: Number(row.retained) }));
}
