import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { updateDesign } from '$lib/server/design/service';
import { getCampaignReport } from '$lib/server/indicators/service';
import { addToSumsBatch, startSumsBatch, writeSumsBatch } from '$lib/server/indicators/sums';
import { bumpDataVersion } from '$lib/server/indicators/versions';
import { insertResponse } from '$lib/server/responses/repository';
import type { Group, Wave } from '$lib/server/db/schema';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { importedRow } from '../../../../helpers/design-rows';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign } from '../../../../helpers/responses';

// A panel interviewed village by village: every member's PSU is the village, none has a PSU of its own.
describe.each(DIALECTS)('a panel whose members are all in clusters, on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let campaignId: string;

	beforeAll(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user.id;
		const published = await publishCampaign(t.db, owner);
		campaignId = published.campaignId;
		const access = await getCampaignAccess(t.db, owner, campaignId);
		const clusters = ['V01', 'V02', 'V03', 'V04'].map((code, i) => ({
			line: i + 1,
			code,
			stratum: i < 2 ? 'north' : 'south'
		}));
		expect((await updateDesign(t.db, access, owner, { clusters, panel: true })).ok).toBe(true);
		const declared = await t.db
			.selectFrom('campaign_clusters')
			.select(['id', 'stratum', 'weight'])
			.where('campaign_id', '=', campaignId)
			.orderBy('position')
			.execute();
		const version = await t.db
			.selectFrom('survey_versions')
			.select('id')
			.where('campaign_id', '=', campaignId)
			.executeTakeFirstOrThrow();
		await t.db.transaction().execute(async (trx) => {
			const batch = startSumsBatch();
			for (const group of ['exposed', 'comparison'] as Group[])
				for (const wave of ['baseline', 'endline'] as Wave[])
					// 40 members a group at baseline, 30 of them found again at endline.
					for (let member = 0; member < (wave === 'baseline' ? 40 : 30); member++) {
						const cluster = declared[member % declared.length];
						const row = importedRow(published, version.id, `${group}-${wave}-${member}`, {
							wave,
							group_name: group,
							score_knw1: (member + (wave === 'endline' ? 1 : 0)) % 3 === 0 ? 1 : 0,
							cluster_id: cluster.id,
							panel_code: `${group === 'exposed' ? 'E' : 'C'}M${member}`
						});
						await insertResponse(trx, row);
						addToSumsBatch(batch, row, 1, { ...cluster, weight: Number(cluster.weight) });
					}
			await writeSumsBatch(trx, batch);
			await bumpDataVersion(trx, campaignId);
		});
	});
	afterAll(async () => t.close());

	it('says the design follows a panel, beside its clusters, and gives its retention', async () => {
		const report = await getCampaignReport(t.db, await getCampaignAccess(t.db, owner, campaignId), []);
		expect(report.design).toMatchObject({ type: 'complex', psus: 4, strata: 2, clusters: 4, panel: true });
		expect(report.retention?.map(({ group, baseline, retained }) => ({ group, baseline, retained }))).toEqual([
			{ group: 'exposed', baseline: 40, retained: 30 },
			{ group: 'comparison', baseline: 40, retained: 30 }
		]);
	});
});

// Donors and the public are not told the respondents of a wave and group of 1 to 4: the design they read leaves
// those respondents' clusters out, and their cells are hidden, but the report is still made.
describe.each(DIALECTS)(
	'a campaign in clusters with a group of 1 to 4 at endline, as donors read it, on %s',
	(dialect) => {
		let t: TestDatabase;
		let owner: string;
		let campaignId: string;

		beforeAll(async () => {
			t = await openTestDatabase(dialect);
			owner = (await setUpSahelInfo(t.db)).user.id;
			const published = await publishCampaign(t.db, owner);
			campaignId = published.campaignId;
			const access = await getCampaignAccess(t.db, owner, campaignId);
			const clusters = ['V01', 'V02', 'V03'].map((code, i) => ({ line: i + 1, code, stratum: 'north', weight: 2 }));
			expect((await updateDesign(t.db, access, owner, { clusters })).ok).toBe(true);
			const declared = await t.db
				.selectFrom('campaign_clusters')
				.select(['id', 'stratum', 'weight'])
				.where('campaign_id', '=', campaignId)
				.orderBy('position')
				.execute();
			const version = await t.db
				.selectFrom('survey_versions')
				.select('id')
				.where('campaign_id', '=', campaignId)
				.executeTakeFirstOrThrow();
			await t.db.transaction().execute(async (trx) => {
				const batch = startSumsBatch();
				for (const [wave, count] of [
					['baseline', 30],
					['endline', 2]
				] as [Wave, number][])
					for (let i = 0; i < count; i++) {
						// The endline's two are in a cluster of their own: V03 is surveyed at endline only.
						const cluster = declared[wave === 'endline' ? 2 : i % 2];
						const row = importedRow(published, version.id, `${wave}-${i}`, {
							wave,
							group_name: 'exposed',
							score_knw1: i % 2,
							cluster_id: cluster.id
						});
						await insertResponse(trx, row);
						addToSumsBatch(batch, row, 1, { ...cluster, weight: Number(cluster.weight) });
					}
				await writeSumsBatch(trx, batch);
				await bumpDataVersion(trx, campaignId);
			});
		});
		afterAll(async () => t.close());

		it('gives members the whole design, and donors the design of the respondents they may count', async () => {
			const campaign = (await getCampaignAccess(t.db, owner, campaignId)).campaign;
			const full = await getCampaignReport(t.db, { campaign, data: 'full' }, []);
			expect(full.design).toMatchObject({ type: 'complex', psus: 3, clusters: 3 });
			const shared = await getCampaignReport(t.db, { campaign, data: 'redacted' }, []);
			expect(shared.design).toMatchObject({ type: 'complex', psus: 2, clusters: 2 });
			const knw1 = shared.indicators.find((indicator) => indicator.id === 'KNW1')!;
			expect(knw1.cells.find((cell) => cell.wave === 'endline')?.value ?? null).toBeNull();
			expect(knw1.cells.find((cell) => cell.wave === 'baseline')?.value).toBeCloseTo(0.5, 9);
		});
	}
);
