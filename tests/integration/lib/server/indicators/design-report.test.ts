import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { findCampaign } from '$lib/server/campaigns/repository';
import { compareCampaigns } from '$lib/server/comparison/compare';
import { observeIcc } from '$lib/server/indicators/observed-icc';
import { getCampaignReport } from '$lib/server/indicators/service';
import { rebuildIndicatorSums } from '$lib/server/indicators/sums';
import type { CampaignReport } from '$lib/indicators';
import designFixture from '../../../../unit/lib/stats/fixtures/design.json';
import { expectClose, TOLERANCE } from '../../../../unit/lib/stats/reference';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';
import { declareCaseDesign, storeCaseRows, type DesignRow } from '../../../../helpers/design-rows';

// R's survey package on the seeded campaigns of scripts/reference/design.R, now through the product: responses
// stored with their cluster, weight or panel code, the sums kept as each is stored, the report read from them.
type Case = (typeof designFixture.cases)[number];

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('design-based indicators against R survey on %s', (dialect) => {
	describe.each(designFixture.cases)('$name', (fixture: Case) => {
		let t: TestDatabase;
		let owner: string;
		let published: PublishedCampaign;
		let report: CampaignReport;
		const rows = fixture.rows as DesignRow[];

		const readReport = async () =>
			getCampaignReport(t.db, await getCampaignAccess(t.db, owner, published.campaignId), [], NOW);

		beforeAll(async () => {
			t = await openTestDatabase(dialect);
			owner = (await setUpSahelInfo(t.db)).user.id;
			published = await publishCampaign(t.db, owner);
			const clusters = await declareCaseDesign(t.db, owner, published, fixture.name, rows);
			await storeCaseRows(t.db, published, fixture.name, clusters, rows);
			report = await readReport();
		});
		afterAll(async () => t.close());

		it('describes the design as R counts it', () => {
			expect(report.design).toMatchObject({
				type: 'complex',
				psus: fixture.expected.psus,
				strata: fixture.expected.strata,
				df: fixture.expected.df,
				weighted: fixture.name !== 'panel',
				panel: fixture.name === 'panel'
			});
		});

		describe.each([
			['known', 'KNW1'],
			['score', 'KNW1M']
		] as const)('%s (%s)', (variable, id) => {
			const reference = fixture.expected[variable];
			const indicator = () => report.indicators.find((candidate) => candidate.id === id)!;

			it.each(reference.domains)('$wave, $group: estimate, SE, deff and interval', (domain) => {
				const cell = indicator().cells.find((c) => c.wave === domain.wave && c.group === domain.group)!;
				expect(cell.n).toBe(domain.n);
				for (const key of ['value', 'se', 'deff', 'ciLow', 'ciHigh'] as const)
					expectClose(cell[key], domain[key], TOLERANCE);
				expectClose(cell.effectiveN, domain.n / domain.deff, TOLERANCE);
			});

			it.each(reference.changes)('the change of $group with its SE and effect size', (expected) => {
				const change = indicator().changes.find((c) => c.group === expected.group && c.to === 'endline')!;
				for (const key of ['value', 'se', 'ciLow', 'ciHigh', 'pValue', 'effectSize'] as const)
					expectClose(change[key], expected[key], TOLERANCE);
				expect(change.df).toBe(fixture.expected.df);
			});

			it('the difference in differences', () => {
				const impact = indicator().impact!;
				for (const key of ['value', 'se', 'ciLow', 'ciHigh', 'pValue'] as const)
					expectClose(impact[key], reference.did[key], TOLERANCE);
				expect(impact.df).toBe(fixture.expected.df);
			});
		});

		it('gives a panel’s retention per group, and the difference, from its panel codes', () => {
			if (fixture.name !== 'panel') {
				expect(report.retention).toBeUndefined();
				return;
			}
			const codes = (wave: string, group: string) =>
				new Set(
					rows.filter((row) => row[0].startsWith('P') && row[3] === wave && row[4] === group).map((row) => row[0])
				);
			const expected = (['exposed', 'comparison'] as const).map((group) => {
				const baseline = codes('baseline', group);
				const endline = codes('endline', group);
				return { group, baseline: baseline.size, retained: [...baseline].filter((code) => endline.has(code)).length };
			});
			expect(report.retention!.map(({ group, baseline, retained }) => ({ group, baseline, retained }))).toEqual(
				expected.filter((group) => group.baseline > 0)
			);
			for (const result of report.retention!) expectClose(result.value, result.retained! / result.baseline!, 1e-12);
			const [exposed, comparison] = report.retention!;
			expectClose(report.retentionDifference!.value, exposed.value! - comparison.value!, 1e-12);
		});

		it('gives the donors’ comparison the same design-based change, pooled with its SE', async () => {
			const campaign = (await findCampaign(t.db, published.campaignId))!;
			for (const [variable, id] of [
				['known', 'KNW1'],
				['score', 'KNW1M']
			] as const) {
				const comparison = await compareCampaigns(t.db, [campaign], id);
				const [entry] = comparison.campaigns;
				const expected = fixture.expected[variable].changes.find((change) => change.group === 'exposed')!;
				expect(entry.design).toBe('complex');
				for (const key of ['value', 'se', 'ciLow', 'ciHigh', 'pValue'] as const)
					expectClose(entry.change[key], expected[key], TOLERANCE);
				expectClose(comparison.pooled.value, expected.value, TOLERANCE);
			}
		});

		it('proposes to the planner the ICC its clusters imply, none without clusters', async () => {
			const observed = await observeIcc(t.db, owner);
			if (fixture.name !== 'clustered') {
				expect(observed).toBeNull();
				return;
			}
			const deffs = fixture.expected.known.domains.map((domain) => domain.deff);
			const deff = deffs.reduce((a, b) => a + b, 0) / deffs.length;
			const clusterCells = new Set(rows.map((row) => `${row[3]}:${row[4]}:${row[0]}`));
			const meanSize = rows.length / clusterCells.size;
			expect(observed!.campaigns).toBe(1);
			expect(observed!.clusters).toBe(new Set(rows.map((row) => row[0])).size);
			expectClose(observed!.icc, Math.max(0, (deff - 1) / (meanSize - 1)), TOLERANCE);
		});

		it('reads the same report from design sums made again from the responses', async () => {
			const before = await t.db.selectFrom('design_sums').selectAll().execute();
			await rebuildIndicatorSums(t.db, published.campaignId);
			const after = await t.db.selectFrom('design_sums').selectAll().execute();
			expect(after).toHaveLength(before.length);
			await t.db
				.insertInto('campaign_data_versions')
				.values({ campaign_id: published.campaignId, version: 1000 })
				.onConflict((oc) => oc.column('campaign_id').doUpdateSet({ version: 1000 }))
				.execute();
			const again = await readReport();
			const knw1 = (r: CampaignReport) => r.indicators.find((indicator) => indicator.id === 'KNW1')!;
			knw1(again).cells.forEach((cell, i) => expectClose(cell.se, knw1(report).cells[i].se, 1e-12));
			expectClose(knw1(again).impact!.se, knw1(report).impact!.se, 1e-12);
		});
	});
});
