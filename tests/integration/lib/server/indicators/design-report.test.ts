import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { findCampaign } from '$lib/server/campaigns/repository';
import { compareCampaigns } from '$lib/server/comparison/compare';
import { generateId } from '$lib/server/crypto';
import type { Group, ResponsesTable, Wave } from '$lib/server/db/schema';
import { updateDesign } from '$lib/server/design/service';
import { observeIcc } from '$lib/server/indicators/observed-icc';
import { getCampaignReport } from '$lib/server/indicators/service';
import { addToSumsBatch, rebuildIndicatorSums, startSumsBatch, writeSumsBatch } from '$lib/server/indicators/sums';
import { insertResponse, newResponseRow } from '$lib/server/responses/repository';
import type { CampaignReport } from '$lib/indicators';
import designFixture from '../../../../unit/lib/stats/fixtures/design.json';
import { expectClose, TOLERANCE } from '../../../../unit/lib/stats/reference';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

// R's survey package on the seeded campaigns of scripts/reference/design.R, now through the product: responses
// stored with their cluster, weight or panel code, the sums kept as each is stored, the report read from them.
// `known` is KNW1's score (a share), `score` KNW1M's (a mean).
type Row = [
	psu: string,
	stratum: string,
	weight: number,
	wave: string,
	group: string,
	known: number,
	score: number | null
];
type Case = (typeof designFixture.cases)[number];

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('design-based indicators against R survey on %s', (dialect) => {
	describe.each(designFixture.cases)('$name', (fixture: Case) => {
		let t: TestDatabase;
		let owner: string;
		let published: PublishedCampaign;
		let report: CampaignReport;
		const rows = fixture.rows as Row[];

		const readReport = async () =>
			getCampaignReport(t.db, await getCampaignAccess(t.db, owner, published.campaignId), [], NOW);

		beforeAll(async () => {
			t = await openTestDatabase(dialect);
			owner = (await setUpSahelInfo(t.db)).user.id;
			published = await publishCampaign(t.db, owner);
			const clusters = await declareClusters(fixture.name, rows);
			await storeRows(clusters);
			report = await readReport();
		});
		afterAll(async () => t.close());

		/** Villages are clusters with the weight most of their respondents have; panel codes are P…; others nothing. */
		async function declareClusters(name: string, rows: readonly Row[]) {
			const villages = new Map<string, { stratum: string; weights: number[] }>();
			if (name === 'clustered')
				for (const [psu, stratum, weight] of rows) {
					const village = villages.get(psu) ?? { stratum, weights: [] };
					village.weights.push(weight);
					villages.set(psu, village);
				}
			const declared = [...villages].map(([code, { stratum, weights }], index) => ({
				line: index + 1,
				code,
				stratum,
				weight: mostFrequent(weights)
			}));
			const access = await getCampaignAccess(t.db, owner, published.campaignId);
			const updated = await updateDesign(t.db, access, owner, { clusters: declared, panel: name === 'panel' });
			expect(updated.ok).toBe(true);
			const stored = await t.db
				.selectFrom('campaign_clusters')
				.select(['id', 'code', 'stratum', 'weight'])
				.where('campaign_id', '=', published.campaignId)
				.execute();
			return new Map(stored.map((cluster) => [cluster.code, { ...cluster, weight: Number(cluster.weight) }]));
		}

		async function storeRows(clusters: Map<string, { id: string; stratum: string | null; weight: number }>) {
			const version = await t.db
				.selectFrom('survey_versions')
				.select('id')
				.where('campaign_id', '=', published.campaignId)
				.executeTakeFirstOrThrow();
			await t.db.transaction().execute(async (trx) => {
				const batch = startSumsBatch();
				for (const [index, [psu, , weight, wave, group, known, score]] of rows.entries()) {
					const cluster = clusters.get(psu);
					const panelCode = fixture.name === 'panel' && psu.startsWith('P') ? psu : null;
					const ownWeight = cluster ? (weight === cluster.weight ? null : weight) : weight === 1 ? null : weight;
					const row = Object.assign(newResponseRow(), {
						id: generateId(),
						campaign_id: published.campaignId,
						link_id: published.link(wave as Wave, group as Group).id,
						survey_version_id: version.id,
						core_module_version: 1,
						wave,
						group_name: group,
						language: 'fr',
						mode: 'self',
						channel: 'import',
						client_id: `seeded-${index}`,
						submitted_at: NOW.toISOString(),
						received_at: NOW.toISOString(),
						custom_answers: '{}',
						score_knw1: known,
						score_knw1m: score,
						cluster_id: cluster?.id ?? null,
						weight: ownWeight,
						panel_code: panelCode
					}) as ResponsesTable;
					await insertResponse(trx, row);
					// Half with their cluster known (as a submission is stored), half read when the batch is written.
					addToSumsBatch(batch, row, 1, index % 2 === 0 && cluster ? cluster : undefined);
				}
				await writeSumsBatch(trx, batch);
			});
		}

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

function mostFrequent(values: readonly number[]): number {
	const counts = new Map<number, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
