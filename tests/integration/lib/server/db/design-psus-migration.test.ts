import { afterEach, describe, expect, it } from 'vitest';
import { DIMENSIONS } from '$lib/indicators/dimensions';
import { migrateToLatest } from '$lib/server/db/migrate';
import type { DesignSumsTable } from '$lib/server/db/schema';
import { DESIGN_SUM_ADDED } from '$lib/server/indicators/design-columns';
import { readDesignPsus } from '$lib/server/indicators/design-levels';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign } from '../../../../helpers/responses';
import { DIALECTS } from '../../../../helpers/db';
import { openDatabaseAt } from '../../../../helpers/migrations';

const BEFORE = '20261208120000_cluster_links';

/** A row of design sums of one PSU at one level of sex, every sum `value` times its column's place. */
function designRow(campaignId: string, psu: string, sex: string, value: number): DesignSumsTable {
	const levels = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, dimension === 'sex' ? sex : '']));
	const sums = Object.fromEntries(
		DESIGN_SUM_ADDED.map((column, i) => [column, column === 'respondents' ? 2 : value * (i + 1)])
	);
	return {
		campaign_id: campaignId,
		wave: 'baseline',
		group_name: 'exposed',
		psu,
		stratum: 'north',
		...levels,
		...sums
	} as DesignSumsTable;
}

describe.each(DIALECTS)('the migration to design sums per PSU on %s', (dialect) => {
	let close: (() => Promise<void>) | undefined;
	afterEach(async () => close?.());

	it('adds up each PSU’s design sums already stored, which a report then reads split by level', async () => {
		const opened = await openDatabaseAt(dialect, BEFORE);
		close = opened.close;
		const { db } = opened;
		const { user } = await setUpSahelInfo(db);
		const { campaignId } = await publishCampaign(db, user.id);
		await db
			.insertInto('design_sums')
			.values([
				designRow(campaignId, 'c:a', 'female', 1),
				designRow(campaignId, 'c:a', 'male', 10),
				designRow(campaignId, 'c:b', 'female', 100)
			])
			.execute();

		expect(await migrateToLatest(db)).toMatchObject({ ok: true });
		const psus = await db
			.selectFrom('design_psus')
			.selectAll()
			.where('campaign_id', '=', campaignId)
			.orderBy('psu')
			.execute();
		expect(psus.map((row) => [row.psu, row.stratum, Number(row.respondents)])).toEqual([
			['c:a', 'north', 4],
			['c:b', 'north', 2]
		]);
		expect(await db.selectFrom('design_psu_levels').select('psu').execute()).toEqual([]);
		DESIGN_SUM_ADDED.filter((column) => column !== 'respondents').forEach((column) => {
			const place = DESIGN_SUM_ADDED.indexOf(column) + 1;
			expect(Number((psus[0] as Record<string, unknown>)[column])).toBeCloseTo(11 * place, 9);
			expect(Number((psus[1] as Record<string, unknown>)[column])).toBeCloseTo(100 * place, 9);
		});
		const [a] = (await readDesignPsus(db, campaignId)).filter((psu) => psu.psu === 'c:a');
		expect([...a.levels[0].keys()].sort()).toEqual(['female', 'male']);
		expect(a.totals[0]).toBeCloseTo(11 * 2, 9);
	});
});
