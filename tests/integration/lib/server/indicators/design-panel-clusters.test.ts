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
