import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { listCampaignsForResults } from '$lib/server/access/readable';
import { DIMENSIONS, type CellSums, type Dimension } from '$lib/indicators';
import { seedDemo } from '$lib/server/demo/seed';
import { sumLevelCells } from '$lib/server/indicators/level-sums';
import { getCampaignReport } from '$lib/server/indicators/service';
import { publishPublicReport, readPublicReport } from '$lib/server/public-reports/service';
import { findCollectTarget } from '$lib/server/responses/target';
import { writeResponse } from '$lib/server/responses/writer';
import { findUserByEmail } from '$lib/server/users/repository';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, RESPONDENT } from '../../../../helpers/responses';
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
		const [totals, ...split] = await sumLevelCells(t.db, campaignId, [null, ...DIMENSIONS]);
		return {
			totals,
			byDimension: Object.fromEntries(DIMENSIONS.map((dimension, i) => [dimension, split[i]])) as Record<
				Dimension,
				CellSums[]
			>
		};
	}

	it('gives the donor no hidden count or share of any campaign, split by every dimension or by one', async () => {
		expect(campaignIds).toHaveLength(6);
		let hidden = 0;
		for (const campaignId of campaignIds) {
			const truth = await readTrueSums(campaignId);
			const full = await getCampaignReport(t.db, await getCampaignAccess(t.db, donorId, campaignId), DIMENSIONS, NOW);
			hidden += full.indicators
				.flatMap((indicator) =>
					Object.values(indicator.disaggregations).flatMap((levels) => levels!.flatMap((level) => level.cells))
				)
				.filter((cell) => cell.n === null).length;
			expect(recoverHidden(full, truth)).toEqual([]);
			expect(recoverHidden(full, truth, 'knows_unanswered')).toEqual([]);
			// A reader asking one dimension at a time reads the same cells as in the whole report.
			for (const dimension of DIMENSIONS) {
				const one = await getCampaignReport(t.db, await getCampaignAccess(t.db, donorId, campaignId), [dimension], NOW);
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

describe.each(DIALECTS)('a dimension that most respondents left unanswered, on %s', (dialect) => {
	let t: TestDatabase;

	beforeAll(async () => {
		t = await openTestDatabase(dialect);
	});
	afterAll(async () => t.close());

	it('hides the total in every view when it would give the few who answered it', async () => {
		const { user } = await setUpSahelInfo(t.db);
		const { campaignId, links } = await publishCampaign(t.db, user.id);
		const target = await findCollectTarget(t.db, links[0].token);
		// Imported answers may leave education out: 37 did, 3 answered "primary". Whoever knows that 37 did not
		// answer it reads the 3 as the total less 37, wherever the total is shown.
		for (let i = 0; i < 40; i++) {
			const core = i < 3 ? { ...RESPONDENT, D4: 'primary' as const } : { ...RESPONDENT, D4: undefined };
			const submission = {
				clientId: `unanswered-${String(i).padStart(4, '0')}`,
				language: 'fr' as const,
				startedAt: null,
				submittedAt: NOW.toISOString(),
				outcome: 'complete' as const,
				core,
				custom: {}
			};
			await writeResponse(t.db, {
				target,
				submission,
				context: { channel: 'import', collectorId: null, now: NOW },
				address: `198.51.100.${i}`
			});
		}
		const { url } = await publishPublicReport(t.db, user.id, campaignId, 'http://localhost');
		const token = url.split('/r/')[1];
		const full = (await readPublicReport(t.db, token, DIMENSIONS, NOW)).report;
		const education = full.indicators[0].disaggregations.education!;
		expect(education.map((level) => [level.level, level.cells[0].n])).toEqual([['primary', null]]);
		expect(full.indicators[0].cells[0]).toMatchObject({ n: null, complementary: true });
		for (const dimensions of [[], ...DIMENSIONS.map((dimension) => [dimension])] as Dimension[][]) {
			const view = (await readPublicReport(t.db, token, dimensions, NOW)).report;
			expect(view.indicators.map((indicator) => indicator.cells)).toEqual(
				full.indicators.map((indicator) => indicator.cells)
			);
		}
	});
});
