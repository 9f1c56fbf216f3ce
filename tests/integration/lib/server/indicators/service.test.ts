import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { afterCampaign, BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { getCampaignReport } from '$lib/server/indicators/service';
import { importResponsesCsv } from '$lib/server/imports/import-service';
import { writeResponse } from '$lib/server/responses/writer';
import { findCollectTarget } from '$lib/server/responses/target';
import { estimateMean, estimateProportion } from '$lib/stats';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, RESPONDENT, type PublishedCampaign } from '../../../../helpers/responses';
import { buildCsv, toCells } from '../../../../helpers/responses-csv';

const NOW = new Date('2026-06-15T10:00:00.000Z');
const CELLS = [
	{ wave: 'baseline', group: 'exposed', count: 140, effect: 0 },
	{ wave: 'endline', group: 'exposed', count: 160, effect: 1 },
	{ wave: 'baseline', group: 'comparison', count: 90, effect: 0 },
	{ wave: 'endline', group: 'comparison', count: 30, effect: 0.1 }
] as const;

describe.each(DIALECTS)('a campaign’s report on %s', (dialect) => {
	let t: TestDatabase;
	let published: PublishedCampaign;
	let ownerId: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		ownerId = (await setUpSahelInfo(t.db)).user.id;
		published = await publishCampaign(t.db, ownerId);
		for (const [i, { wave, group, count, effect }] of CELLS.entries()) {
			const target = await findCollectTarget(t.db, published.link(wave, group).token);
			await insertSyntheticResponses(t.db, target!, {
				count,
				profile: afterCampaign(BASELINE_PROFILE, effect),
				seed: i + 1,
				submittedOn: '2026-06-01'
			});
		}
	});
	afterEach(async () => t.close());

	it('gives every cell the estimate of its stored scores, added up by the database', async () => {
		const report = await getCampaignReport(t.db, await getCampaignAccess(t.db, ownerId, published.campaignId), [], NOW);
		const rows = await t.db
			.selectFrom('responses')
			.select(['wave', 'group_name', 'score_knw1', 'score_rsk1'])
			.execute();
		for (const { wave, group } of CELLS) {
			const scores = rows.filter((row) => row.wave === wave && row.group_name === group);
			const knowing = scores.map((row) => row.score_knw1).filter((score) => score !== null);
			const risks = scores.map((row) => Number(row.score_rsk1)).filter((_, i) => scores[i].score_rsk1 !== null);
			const knw1 = report.indicators
				.find((indicator) => indicator.id === 'KNW1')!
				.cells.find((cell) => cell.wave === wave && cell.group === group)!;
			const rsk1 = report.indicators
				.find((indicator) => indicator.id === 'RSK1')!
				.cells.find((cell) => cell.wave === wave && cell.group === group)!;
			const expectedShare = estimateProportion({
				x: knowing.filter((score) => Number(score) === 1).length,
				n: knowing.length
			});
			expect(knw1).toMatchObject({ n: knowing.length, lowPrecision: knowing.length < 50 });
			expect(knw1.value).toBeCloseTo(expectedShare.value!, 12);
			expect(knw1.ciLow).toBeCloseTo(expectedShare.ciLow!, 12);
			const expectedMean = estimateMean({
				n: risks.length,
				sum: risks.reduce((a, b) => a + b, 0),
				sumSquares: risks.reduce((a, b) => a + b * b, 0)
			});
			expect(rsk1.n).toBe(risks.length);
			expect(rsk1.value).toBeCloseTo(expectedMean.value!, 10);
			expect(rsk1.ciHigh).toBeCloseTo(expectedMean.ciHigh!, 10);
		}
		const knw1 = report.indicators.find((indicator) => indicator.id === 'KNW1')!;
		expect(knw1.changes.map((change) => `${change.group}:${change.to}`)).toEqual([
			'exposed:endline',
			'comparison:endline'
		]);
		expect(knw1.impact).toMatchObject({ from: 'baseline', to: 'endline', suppressed: false });
	});

	it('splits by each dimension asked, its levels adding up to the cell', async () => {
		const report = await getCampaignReport(
			t.db,
			await getCampaignAccess(t.db, ownerId, published.campaignId),
			['sex', 'region', 'intention'],
			NOW
		);
		const knw1 = report.indicators.find((indicator) => indicator.id === 'KNW1')!;
		expect(Object.keys(knw1.disaggregations)).toEqual(['sex', 'region', 'intention']);
		expect(knw1.disaggregations.region!.map((level) => level.level)).toEqual(['tamba', 'kolda']);
		const total = knw1.cells.find((cell) => cell.wave === 'baseline' && cell.group === 'exposed')!.n;
		const bySex = knw1.disaggregations.sex!.map(
			(level) => level.cells.find((cell) => cell.wave === 'baseline' && cell.group === 'exposed')?.n ?? 0
		);
		expect(bySex.reduce((a, b) => a + b, 0)).toBe(total);
		expect(knw1.disaggregations.intention!.map((level) => level.level)).toEqual(['yes', 'no']);
	});

	it('is kept until a new response arrives, then counts it', async () => {
		const first = await getCampaignReport(t.db, await getCampaignAccess(t.db, ownerId, published.campaignId), [], NOW);
		expect(await getCampaignReport(t.db, await getCampaignAccess(t.db, ownerId, published.campaignId), [], NOW)).toBe(
			first
		);
		const target = (await findCollectTarget(t.db, published.link('endline', 'comparison').token))!;
		await writeResponse(t.db, {
			target,
			submission: {
				clientId: 'one-more',
				language: 'fr',
				startedAt: null,
				submittedAt: NOW.toISOString(),
				outcome: 'complete',
				core: RESPONDENT,
				custom: {}
			},
			context: { channel: 'api', collectorId: ownerId, now: NOW },
			address: '127.0.0.1'
		});
		const next = await getCampaignReport(t.db, await getCampaignAccess(t.db, ownerId, published.campaignId), [], NOW);
		const n = (report: typeof first) =>
			report.indicators
				.find((indicator) => indicator.id === 'SHR1')!
				.cells.find((cell) => cell.wave === 'endline' && cell.group === 'comparison')!.n!;
		expect(n(next)).toBe(n(first) + 1);
	});

	it('counts the rows of an import in the next report', async () => {
		const first = await getCampaignReport(
			t.db,
			await getCampaignAccess(t.db, ownerId, published.campaignId),
			['sex'],
			NOW
		);
		const csv = new TextEncoder().encode(
			buildCsv([
				{ client_id: 'paper-0001', ...toCells(RESPONDENT) },
				{ client_id: 'paper-0002', ...toCells(RESPONDENT) }
			])
		);
		await importResponsesCsv(t.db, ownerId, published.campaignId, { wave: 'baseline', group: 'comparison' }, csv, {
			language: 'fr',
			dryRun: false,
			now: NOW
		});
		const next = await getCampaignReport(
			t.db,
			await getCampaignAccess(t.db, ownerId, published.campaignId),
			['sex'],
			NOW
		);
		const n = (report: typeof first) =>
			report.indicators
				.find((indicator) => indicator.id === 'SHR1')!
				.cells.find((cell) => cell.wave === 'baseline' && cell.group === 'comparison')!.n!;
		expect(n(next)).toBe(n(first) + 2);
	});

	it('is for the campaign’s members only', async () => {
		const stranger = await createUser(t.db, 'Stranger');
		await expect(getCampaignAccess(t.db, stranger.id, published.campaignId)).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});
