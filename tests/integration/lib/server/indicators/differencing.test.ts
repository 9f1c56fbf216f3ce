import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS, type CellSums, type Dimension } from '$lib/indicators';
import { rollUpEach } from '$lib/indicators/rollup';
import { seedDemo } from '$lib/server/demo/seed';
import { sumLevelledCells } from '$lib/server/indicators/repository';
import { getCampaignReport } from '$lib/server/indicators/service';
import { publishPublicReport, readPublicReport } from '$lib/server/public-reports/service';
import { listCampaignsForResults } from '$lib/server/sharing/service';
import { findUserByEmail } from '$lib/server/users/repository';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { recoverHidden, type TrueSums } from '../../../../helpers/differencing';

const NOW = new Date('2026-11-20T10:00:00.000Z');

describe.each(DIALECTS)('every subtraction on the demo campaigns, on %s', (dialect) => {
	let t: TestDatabase;
	let ownerId: string;
	let donorId: string;
	let campaignIds: string[];

	beforeAll(async () => {
		t = await openTestDatabase(dialect);
		await seedDemo(t.db, NOW);
		ownerId = (await findUserByEmail(t.db, 'ngo-owner@demo.example.org'))!.id;
		donorId = (await findUserByEmail(t.db, 'donor@demo.example.org'))!.id;
		campaignIds = (await listCampaignsForResults(t.db, donorId)).map((campaign) => campaign.id);
	}, 120_000);
	afterAll(async () => t.close());

	/** What the NGO's database holds: the sums the reports are made from. */
	async function readTrueSums(campaignId: string): Promise<TrueSums> {
		const [totals, ...split] = rollUpEach(await sumLevelledCells(t.db, campaignId), [null, ...DIMENSIONS]);
		return { totals, byDimension: Object.fromEntries(DIMENSIONS.map((dimension, i) => [dimension, split[i]])) as Record<Dimension, CellSums[]> };
	}

	it('gives the donor no hidden count or share of any campaign, split by every dimension or by one', async () => {
		expect(campaignIds).toHaveLength(6);
		let hidden = 0;
		for (const campaignId of campaignIds) {
			const truth = await readTrueSums(campaignId);
			const full = await getCampaignReport(t.db, donorId, campaignId, DIMENSIONS, NOW);
			hidden += full.indicators.flatMap((indicator) => Object.values(indicator.disaggregations).flatMap((levels) => levels!.flatMap((level) => level.cells))).filter((cell) => cell.n === null).length;
			expect(recoverHidden(full, truth)).toEqual([]);
			expect(recoverHidden(full, truth, 'knows_unanswered')).toEqual([]);
			// A reader asking one dimension at a time reads the same cells as in the whole report.
			for (const dimension of DIMENSIONS) {
				const one = await getCampaignReport(t.db, donorId, campaignId, [dimension], NOW);
				expect(one.indicators.map((indicator) => [indicator.cells, indicator.disaggregations[dimension]])).toEqual(
					full.indicators.map((indicator) => [indicator.cells, indicator.disaggregations[dimension]])
				);
			}
		}
		// The demo has small levels to protect: the check is not empty.
		expect(hidden).toBeGreaterThan(50);
	});

	it('gives the public no hidden count or share either', async () => {
		for (const campaignId of campaignIds) {
			const { url } = await publishPublicReport(t.db, ownerId, campaignId, 'http://localhost');
			const { report } = await readPublicReport(t.db, url.split('/r/')[1], DIMENSIONS, NOW);
			expect(recoverHidden(report, await readTrueSums(campaignId))).toEqual([]);
		}
	});
});
