import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { listCampaignsForResults } from '$lib/server/access/readable';
import { DEMO_DONOR, seedDemo } from '$lib/server/demo/seed';
import { findOrganisationByName } from '$lib/server/organisations/repository';
import { createOrganisation } from '$lib/server/organisations/service';
import { createUser } from '../../../../helpers/fixtures';
import { compareCampaigns } from '$lib/server/comparison/compare';
import { getCampaignReport } from '$lib/server/indicators/service';
import { findUserByEmail } from '$lib/server/users/repository';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';

const NOW = new Date('2026-11-20T10:00:00.000Z');

describe.each(DIALECTS)('the demo on %s', (dialect) => {
	let t: TestDatabase;
	let donorId: string;
	let ownerId: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		await seedDemo(t.db, NOW);
		ownerId = (await findUserByEmail(t.db, 'ngo-owner@demo.example.org'))!.id;
		donorId = (await findUserByEmail(t.db, 'donor@demo.example.org'))!.id;
	});
	afterEach(async () => t.close());

	it('gives the donor six campaigns in five countries, one too small to pool', async () => {
		const campaigns = await listCampaignsForResults(t.db, donorId);
		expect(campaigns).toHaveLength(6);
		expect(new Set(campaigns.flatMap((campaign) => campaign.countries))).toEqual(
			new Set(['SN', 'ML', 'GN', 'CI', 'NE'])
		);
		const comparison = await compareCampaigns(t.db, await listCampaignsForResults(t.db, donorId), 'KNW1');
		expect(comparison.campaigns).toHaveLength(5);
		expect(comparison.excluded.map((entry) => entry.reason)).toEqual(['suppressed']);
		expect(comparison.pooled.k).toBe(5);
		expect(comparison.pooled.value).toBeGreaterThan(0);
	});

	it('has impacts where there is a comparison group, and a campaign with a data-quality flag', async () => {
		const reports = await Promise.all(
			(await listCampaignsForResults(t.db, ownerId)).map(async (campaign) =>
				getCampaignReport(t.db, await getCampaignAccess(t.db, ownerId, campaign.id), ['sex'], NOW)
			)
		);
		const knw1 = (report: (typeof reports)[number]) => report.indicators.find((indicator) => indicator.id === 'KNW1')!;
		expect(reports.filter((report) => knw1(report).impact !== null)).toHaveLength(3);
		expect(reports.filter((report) => report.flags.some((flag) => flag.code === 'placebo_recall_high'))).toHaveLength(
			1
		);
		expect(reports.filter((report) => knw1(report).cells.every((cell) => cell.suppressed))).toHaveLength(1);
	});

	it('has a campaign sampled in weighted villages and one that follows a panel, each estimated by its design', async () => {
		const reports = await Promise.all(
			(await listCampaignsForResults(t.db, ownerId)).map(async (campaign) =>
				getCampaignReport(t.db, await getCampaignAccess(t.db, ownerId, campaign.id), [], NOW)
			)
		);
		const complex = reports.filter((report) => report.design.type === 'complex');
		expect(complex.map(({ design }) => design)).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ clusters: 20, strata: 3, weighted: true, panel: false, psus: 20, df: 17 }),
				expect.objectContaining({ clusters: 0, weighted: false, panel: true })
			])
		);
		expect(complex).toHaveLength(2);
		const panel = complex.find((report) => report.design.panel)!;
		// 280 asked at baseline, 230 of them found again (82%), and 50 new respondents at endline.
		expect(panel.retention).toEqual([expect.objectContaining({ group: 'exposed', baseline: 280, retained: 230 })]);
		const villages = complex.find((report) => report.design.clusters === 20)!;
		const knw1 = villages.indicators.find((indicator) => indicator.id === 'KNW1')!;
		expect(knw1.cells.every((cell) => cell.deff !== null && cell.effectiveN !== null)).toBe(true);
		expect(knw1.impact?.df).toBe(17);
	});

	it('verifies its own donor, so that its campaigns are shared with it', async () => {
		expect(await findOrganisationByName(t.db, DEMO_DONOR)).toMatchObject({
			verifiedAt: NOW.toISOString(),
			verifiedBy: 'command line'
		});
	});
});

describe.each(DIALECTS)('the demo beside an organisation of its donor’s name on %s', (dialect) => {
	it('is refused: the demo never joins nor verifies someone else’s organisation', async () => {
		const t = await openTestDatabase(dialect);
		try {
			const impostor = await createOrganisation(t.db, (await createUser(t.db, 'Impostor')).id, {
				name: 'rabat fund (DEMO)',
				type: 'donor'
			});
			await expect(seedDemo(t.db, NOW)).rejects.toMatchObject({
				code: 'conflict',
				messageKey: 'errors.demo_name_taken'
			});
			expect(await findOrganisationByName(t.db, DEMO_DONOR)).toMatchObject({ id: impostor.id, verifiedAt: null });
			expect(await findUserByEmail(t.db, 'donor@demo.example.org')).toBeUndefined();
		} finally {
			await t.close();
		}
	});
});
