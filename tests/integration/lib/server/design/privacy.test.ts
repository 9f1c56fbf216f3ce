import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { findCampaign } from '$lib/server/campaigns/repository';
import type { Group, Wave } from '$lib/server/db/schema';
import { getDesign, removeCluster, updateDesign } from '$lib/server/design/service';
import { getCampaignReport } from '$lib/server/indicators/service';
import { compareCampaigns } from '$lib/server/comparison/compare';
import { addToSumsBatch, startSumsBatch, writeSumsBatch } from '$lib/server/indicators/sums';
import { insertResponse } from '$lib/server/responses/repository';
import { addClusterLinks } from '$lib/server/surveys/links';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';
import { importedRow } from '../../../../helpers/design-rows';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('a design’s figures as donors and the public read them on %s', (dialect) => {
	let t: TestDatabase;
	let ownerId: string;
	let published: PublishedCampaign;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		ownerId = (await setUpSahelInfo(t.db)).user.id;
		published = await publishCampaign(t.db, ownerId);
	});
	afterEach(async () => t.close());

	/** Weighted responses, each its own PSU unless `clusterOf` places the k-th of a cell in a declared cluster. */
	async function storeWeighted(
		cells: [Wave, Group, number][],
		clusterOf?: (group: Group, k: number) => { id: string; stratum: string | null; weight: number | null }
	): Promise<void> {
		const version = await t.db
			.selectFrom('survey_versions')
			.select('id')
			.where('campaign_id', '=', published.campaignId)
			.executeTakeFirstOrThrow();
		let i = 0;
		await t.db.transaction().execute(async (trx) => {
			const batch = startSumsBatch();
			for (const [wave, group, count] of cells)
				for (let k = 0; k < count; k++) {
					const row = importedRow(published, version.id, `weighted-${i++}`, {
						wave,
						group_name: group,
						score_knw1: k % 2,
						weight: clusterOf ? null : 1 + (k % 3),
						cluster_id: clusterOf ? clusterOf(group, k).id : null
					});
					await insertResponse(trx, row);
					addToSumsBatch(batch, row, 1, clusterOf?.(group, k));
				}
			await writeSumsBatch(trx, batch);
		});
	}

	it('counts no PSU of a wave and group whose 1 to 4 respondents it hides, so that df does not give them away', async () => {
		await storeWeighted([
			['baseline', 'exposed', 40],
			['endline', 'exposed', 40],
			['baseline', 'comparison', 40],
			['endline', 'comparison', 3]
		]);
		const campaign = (await findCampaign(t.db, published.campaignId))!;
		const member = await getCampaignReport(t.db, { campaign, data: 'full' }, [], NOW);
		expect(member.design).toMatchObject({ type: 'complex', psus: 123, df: 122 });
		const shared = await getCampaignReport(t.db, { campaign, data: 'redacted' }, [], NOW);
		expect(shared.design).toMatchObject({ type: 'complex', psus: 120, df: 119 });
		const knw1 = shared.indicators.find((indicator) => indicator.id === 'KNW1')!;
		expect(knw1.cells.map((cell) => cell.n)).toEqual([40, 40, 40, null]);
		const exposed = knw1.changes.find((change) => change.group === 'exposed')!;
		expect(exposed).toMatchObject({ suppressed: false, df: 119 });
		// What the 120 shown respondents imply, and nothing of the 3: their intervals use t with 119 df.
		expect(exposed.se).toBeGreaterThan(0);
		// The comparison of campaigns is read by donors: the same frame, the same change.
		const compared = await compareCampaigns(t.db, [campaign], 'KNW1');
		expect(compared.campaigns[0].change).toMatchObject({ df: 119, value: exposed.value, se: exposed.se });
	});

	it('hides from donors and the public every estimate drawn from one cluster, and what it would give away', async () => {
		const access = await getCampaignAccess(t.db, ownerId, published.campaignId);
		const codes = ['E1', 'E2', 'E3', 'E4', 'C1'];
		const clusters = codes.map((code, index) => ({ line: index + 1, code, stratum: 'north', weight: 10 + index }));
		expect((await updateDesign(t.db, access, ownerId, { clusters })).ok).toBe(true);
		const stored = await t.db
			.selectFrom('campaign_clusters')
			.select(['id', 'code', 'stratum', 'weight'])
			.where('campaign_id', '=', published.campaignId)
			.orderBy('position')
			.execute();
		// The exposed group in four villages, the comparison group in one.
		await storeWeighted(
			[
				['baseline', 'exposed', 40],
				['endline', 'exposed', 40],
				['baseline', 'comparison', 40],
				['endline', 'comparison', 40]
			],
			(group, k) => (group === 'exposed' ? stored[k % 4] : stored[4])
		);
		const campaign = (await findCampaign(t.db, published.campaignId))!;
		const knw1Of = async (data: 'full' | 'redacted') =>
			(await getCampaignReport(t.db, { campaign, data }, [], NOW)).indicators.find((i) => i.id === 'KNW1')!;
		const member = await knw1Of('full');
		expect(member.cells.every((cell) => cell.value !== null)).toBe(true);
		expect(member.impact?.value).not.toBeNull();
		const shared = await knw1Of('redacted');
		expect(shared.cells.map((cell) => [cell.group, cell.n, cell.value === null])).toEqual([
			['exposed', 40, false],
			['comparison', 40, true],
			['exposed', 40, false],
			['comparison', 40, true]
		]);
		expect(shared.changes.map((change) => [change.group, change.value === null])).toEqual([
			['exposed', false],
			['comparison', true]
		]);
		expect(shared.impact?.value ?? null).toBeNull();
		const compared = await compareCampaigns(t.db, [campaign], 'KNW1');
		expect(compared.campaigns[0]).toMatchObject({ change: { value: shared.changes[0].value }, impact: null });
	});

	it('keeps a cluster that has a link, whether or not it took responses or endings: removing it would take them', async () => {
		const access = await getCampaignAccess(t.db, ownerId, published.campaignId);
		const clusters = [
			{ line: 1, code: 'V01', stratum: 'north' },
			{ line: 2, code: 'V02', stratum: 'south' }
		];
		expect((await updateDesign(t.db, access, ownerId, { clusters })).ok).toBe(true);
		const [link] = await addClusterLinks(
			t.db,
			ownerId,
			published.campaignId,
			{ cell: ['baseline', 'exposed'], cluster: 'V02' },
			NOW
		);
		await t.db
			.insertInto('survey_endings')
			.values({
				campaign_id: published.campaignId,
				link_id: link.id,
				client_id: 'ended-1',
				outcome: 'refused',
				ended_on: '2026-06-15'
			})
			.execute();
		const refused = await removeCluster(t.db, access, ownerId, 'V02');
		expect(refused).toEqual({
			ok: false,
			problems: [{ line: null, column: 'code', value: 'V02', code: 'cluster_removed_in_use' }]
		});
		expect(await t.db.selectFrom('survey_endings').select('client_id').execute()).toEqual([{ client_id: 'ended-1' }]);
		// A cluster with a link that took nothing stays too: its flyer may be posted in the village.
		await addClusterLinks(t.db, ownerId, published.campaignId, { cell: ['endline', 'exposed'], cluster: 'V01' }, NOW);
		expect(await removeCluster(t.db, access, ownerId, 'V01')).toEqual({
			ok: false,
			problems: [{ line: null, column: 'code', value: 'V01', code: 'cluster_removed_linked' }]
		});
		// One with no link and no response goes.
		expect((await updateDesign(t.db, access, ownerId, { clusters: [...clusters, { line: 3, code: 'V03' }] })).ok).toBe(
			true
		);
		expect((await removeCluster(t.db, access, ownerId, 'V03')).ok).toBe(true);
		expect((await getDesign(t.db, access)).clusters.map((cluster) => cluster.code)).toEqual(['V01', 'V02']);
	});
});
