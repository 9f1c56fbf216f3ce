import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { listCampaignsForResults } from '$lib/server/access/readable';
import { createCampaign } from '$lib/server/campaigns/service';
import { afterCampaign, BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { compareCampaigns } from '$lib/server/comparison/compare';
import { getCampaignReport } from '$lib/server/indicators/service';
import { findCollectTarget } from '$lib/server/responses/target';
import { poolRandomEffects, seFromInterval } from '$lib/stats';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { campaignInput, createUser, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('the comparison of campaigns on %s', (dialect) => {
	let t: TestDatabase;
	let ownerId: string;
	const ids: Record<string, string> = {};

	async function seed(
		campaignId: string,
		link: (wave: 'baseline' | 'endline', group: 'exposed') => { token: string },
		counts: { baseline: number; endline: number },
		effect: number,
		seed: number
	) {
		for (const wave of ['baseline', 'endline'] as const) {
			if (counts[wave] === 0) continue;
			const target = (await findCollectTarget(t.db, link(wave, 'exposed').token))!;
			const profile = wave === 'endline' ? afterCampaign(BASELINE_PROFILE, effect) : BASELINE_PROFILE;
			await insertSyntheticResponses(t.db, target, {
				count: counts[wave],
				profile,
				seed: seed * 10 + (wave === 'endline' ? 1 : 0),
				submittedOn: '2026-06-01'
			});
		}
		return campaignId;
	}

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		ownerId = (await setUpSahelInfo(t.db)).user.id;
		const campaigns = [
			{ name: 'strong', counts: { baseline: 200, endline: 220 }, effect: 1 },
			{ name: 'mild', counts: { baseline: 150, endline: 130 }, effect: 0.4 },
			{ name: 'small', counts: { baseline: 20, endline: 100 }, effect: 1 },
			{ name: 'baseline only', counts: { baseline: 80, endline: 0 }, effect: 0 }
		];
		for (const [i, campaign] of campaigns.entries()) {
			const published = await publishCampaign(t.db, ownerId, { title: `Campaign ${campaign.name}` });
			ids[campaign.name] = await seed(published.campaignId, published.link, campaign.counts, campaign.effect, i + 1);
		}
		ids.draft = (await createCampaign(t.db, ownerId, campaignInput({ title: 'Not yet collecting' }))).id;
	});
	afterEach(async () => t.close());

	it('pools the exposed groups’ changes, leaving out and naming the campaigns it cannot use', async () => {
		const asked = [ids.strong, ids.mild, ids.small, ids['baseline only'], 'aaaaaaaaaaaaaaaaaaaaaaaa'];
		const comparison = await compareCampaigns(t.db, await listCampaignsForResults(t.db, ownerId), 'KNW1', asked);
		expect(comparison.campaigns.map((campaign) => campaign.title)).toEqual(['Campaign strong', 'Campaign mild']);
		expect(comparison.excluded).toEqual([
			{ id: ids.small, reason: 'suppressed' },
			{ id: ids['baseline only'], reason: 'one_wave' },
			{ id: 'aaaaaaaaaaaaaaaaaaaaaaaa', reason: 'not_found' }
		]);
		for (const campaign of comparison.campaigns) {
			const report = await getCampaignReport(t.db, await getCampaignAccess(t.db, ownerId, campaign.id), [], NOW);
			const shown = report.indicators
				.find((indicator) => indicator.id === 'KNW1')!
				.changes.find((change) => change.group === 'exposed')!;
			expect(campaign.change).toEqual(shown);
			expect(campaign.countries).toEqual(['SN']);
		}
		const expected = poolRandomEffects(
			comparison.campaigns.map(({ change }) => ({
				value: change.value!,
				se: seFromInterval(change.ciLow!, change.ciHigh!)
			}))
		);
		expect(comparison.pooled).toEqual(expected);
		expect(comparison.pooled.k).toBe(2);
	});

	it('takes every campaign the user may see when none is named, and no one else’s', async () => {
		const comparison = await compareCampaigns(t.db, await listCampaignsForResults(t.db, ownerId), 'RSK1');
		expect(new Set([...comparison.campaigns.map((c) => c.id), ...comparison.excluded.map((e) => e.id)])).toEqual(
			new Set(Object.values(ids))
		);
		expect(comparison.excluded.find((entry) => entry.id === ids.draft)?.reason).toBe('one_wave');
		const stranger = await compareCampaigns(
			t.db,
			await listCampaignsForResults(t.db, (await createUser(t.db, 'Stranger')).id),
			'RSK1',
			[ids.strong]
		);
		expect(stranger).toMatchObject({
			campaigns: [],
			excluded: [{ id: ids.strong, reason: 'not_found' }],
			pooled: { k: 0, value: null }
		});
	});

	it('follows new responses of a campaign it compared before', async () => {
		const before = await compareCampaigns(t.db, await listCampaignsForResults(t.db, ownerId), 'KNW1', [
			ids['baseline only']
		]);
		expect(before.excluded).toEqual([{ id: ids['baseline only'], reason: 'one_wave' }]);
		const links = await t.db
			.selectFrom('collection_links')
			.select('token')
			.where('campaign_id', '=', ids['baseline only'])
			.where('wave', '=', 'endline')
			.where('group_name', '=', 'exposed')
			.executeTakeFirstOrThrow();
		await seed(ids['baseline only'], () => links, { baseline: 0, endline: 90 }, 1, 99);
		const after = await compareCampaigns(t.db, await listCampaignsForResults(t.db, ownerId), 'KNW1', [
			ids['baseline only']
		]);
		expect(after.campaigns.map((campaign) => campaign.id)).toEqual([ids['baseline only']]);
	});
});
