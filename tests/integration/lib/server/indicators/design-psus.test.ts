import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIMENSIONS, type CampaignReport } from '$lib/indicators';
import { splitByLevel, widthOf, type PsuDesignSums } from '$lib/indicators/design-psus';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { DESIGN_SUM_ADDED } from '$lib/server/indicators/design-columns';
import { readDesignPsus } from '$lib/server/indicators/design-levels';
import { readLevelledDesignSums } from '$lib/server/indicators/repository';
import { getCampaignReport } from '$lib/server/indicators/service';
import { reviewResponses } from '$lib/server/review/review';
import designFixture from '../../../../unit/lib/stats/fixtures/design.json';
import { expectClose, TOLERANCE } from '../../../../unit/lib/stats/reference';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { declareCaseDesign, storeCaseRows, type DesignRow } from '../../../../helpers/design-rows';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

// A report reads each PSU's sums split by level as kept with its row of `design_psus`, made again from
// `design_sums` when the PSU changed, and keeps its results while what they are made of stays: whatever arrives,
// is rejected or restored in between, the report agrees with R on the campaign's responses as they are.
const fixture = designFixture.cases.find((candidate) => candidate.name === 'clustered')!;
const rows = fixture.rows as DesignRow[];
const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('the design sums of each PSU on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let published: PublishedCampaign;

	const readReport = async (): Promise<CampaignReport> =>
		getCampaignReport(t.db, await getCampaignAccess(t.db, owner, published.campaignId), DIMENSIONS, NOW);
	const knw1 = (report: CampaignReport) => report.indicators.find((indicator) => indicator.id === 'KNW1')!;

	beforeAll(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user.id;
		published = await publishCampaign(t.db, owner);
		const clusters = await declareCaseDesign(t.db, owner, published, fixture.name, rows);
		// Half the responses, a report (which keeps what it read), then the rest: the last report must see them all.
		const half = Math.floor(rows.length / 2);
		await storeCaseRows(t.db, published, fixture.name, clusters, rows.slice(0, half));
		await readReport();
		await storeCaseRows(t.db, published, fixture.name, clusters, rows.slice(half), half);
	});
	afterAll(async () => t.close());

	async function expectAgreementWithR(report: CampaignReport) {
		const reference = fixture.expected.known;
		for (const domain of reference.domains) {
			const cell = knw1(report).cells.find((c) => c.wave === domain.wave && c.group === domain.group)!;
			expect(cell.n).toBe(domain.n);
			for (const key of ['value', 'se', 'deff', 'ciLow', 'ciHigh'] as const)
				expectClose(cell[key], domain[key], TOLERANCE);
		}
		for (const expected of reference.changes) {
			const change = knw1(report).changes.find((c) => c.group === expected.group && c.to === 'endline')!;
			for (const key of ['value', 'se', 'pValue'] as const) expectClose(change[key], expected[key], TOLERANCE);
		}
		for (const key of ['value', 'se', 'pValue'] as const)
			expectClose(knw1(report).impact![key], reference.did[key], TOLERANCE);
	}

	/** Each PSU's row against its design sums added up, by wave, group and PSU. */
	async function expectPsusAddUp() {
		const columns = ['respondents', ...DESIGN_SUM_ADDED.filter((column) => column !== 'respondents')];
		const summed = await t.db
			.selectFrom('design_sums')
			.select([
				'wave',
				'group_name',
				'psu',
				...columns.map((column) => sql<number>`sum(${sql.ref(column)})`.as(column))
			])
			.where('campaign_id', '=', published.campaignId)
			.groupBy(['wave', 'group_name', 'psu'])
			.execute();
		const kept = await t.db
			.selectFrom('design_psus')
			.select(['wave', 'group_name', 'psu', ...columns.map((column) => sql.ref<number>(column).as(column))])
			.where('campaign_id', '=', published.campaignId)
			.execute();
		const byKey = (list: Record<string, unknown>[]) =>
			new Map(list.map((row) => [`${row.wave}:${row.group_name}:${row.psu}`, row]));
		const expected = byKey(summed.filter((row) => Number(row.respondents) > 0));
		const actual = byKey(kept);
		expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
		for (const [key, row] of expected)
			for (const column of columns) expectClose(Number(actual.get(key)![column]), Number(row[column]), 1e-9);
	}

	/** What `readDesignPsus` gives against the split made directly from the design sums. */
	async function expectSplitsOfDesignSums(psus: readonly PsuDesignSums[]) {
		const levelled = await readLevelledDesignSums(t.db, published.campaignId);
		expect(psus.length).toBeGreaterThan(0);
		for (const psu of psus) {
			const expected = splitByLevel(
				psu.psu,
				levelled.filter((row) => row.wave === psu.wave && row.group === psu.group && row.psu === psu.psu)
			);
			expect(psu.levels.map((levels) => [...levels.keys()].sort())).toEqual(
				expected.map((levels) => [...levels.keys()].sort())
			);
			psu.levels.forEach((levels, d) => {
				for (const [level, values] of levels)
					for (let i = 0; i < widthOf(psu.psu); i++) expectClose(values[i], expected[d].get(level)![i], 1e-9);
			});
		}
	}

	it('gives, after responses arrived since a report, the report R gives on them all', async () => {
		await expectAgreementWithR(await readReport());
		await expectPsusAddUp();
	});

	it('keeps each PSU split by level, and reads it again as the design sums give it', async () => {
		const psus = await readDesignPsus(t.db, published.campaignId);
		await expectSplitsOfDesignSums(psus);
		const stored = await t.db
			.selectFrom('design_psus as p')
			.leftJoin('design_psu_levels as l', (join) =>
				join
					.onRef('l.campaign_id', '=', 'p.campaign_id')
					.onRef('l.wave', '=', 'p.wave')
					.onRef('l.group_name', '=', 'p.group_name')
					.onRef('l.psu', '=', 'p.psu')
			)
			.select(['p.respondents', 'p.generation', 'l.generation as split_generation', 'l.levels'])
			.where('p.campaign_id', '=', published.campaignId)
			.execute();
		// Every PSU large enough is kept split, for the generation it was read at.
		expect(stored.filter((row) => row.levels !== null).length).toBeGreaterThan(0);
		for (const row of stored.filter((row) => Number(row.respondents) >= 8)) {
			expect(row.levels).not.toBeNull();
			expect(Number(row.split_generation)).toBe(Number(row.generation));
		}
	});

	it('makes a split again when what is stored cannot be read', async () => {
		const [damaged] = await t.db
			.selectFrom('design_psu_levels')
			.select(['wave', 'group_name', 'psu'])
			.where('campaign_id', '=', published.campaignId)
			.execute();
		await t.db
			.updateTable('design_psu_levels')
			.set({ levels: Buffer.from('not a split'), stamp: 'damaged' })
			.where('campaign_id', '=', published.campaignId)
			.where('wave', '=', damaged.wave)
			.where('group_name', '=', damaged.group_name)
			.where('psu', '=', damaged.psu)
			.execute();
		await expectSplitsOfDesignSums(await readDesignPsus(t.db, published.campaignId));
		const repaired = await t.db
			.selectFrom('design_psu_levels')
			.select(['stamp'])
			.where('campaign_id', '=', published.campaignId)
			.where('psu', '=', damaged.psu)
			.where('wave', '=', damaged.wave)
			.where('group_name', '=', damaged.group_name)
			.executeTakeFirstOrThrow();
		expect(repaired.stamp).not.toBe('damaged');
	});

	it('stores no split for a PSU changed since its row was read, and drops the splits of PSUs gone', async () => {
		const access = await getCampaignAccess(t.db, owner, published.campaignId);
		await readDesignPsus(t.db, published.campaignId);
		// A response to a PSU after its split was stored: its split no longer holds, and is made again when read.
		await t.db
			.updateTable('design_psus')
			.set((eb) => ({ generation: eb('generation', '+', 1) }))
			.where('campaign_id', '=', published.campaignId)
			.execute();
		await expectSplitsOfDesignSums(await readDesignPsus(t.db, published.campaignId));
		const rejecting = { filter: { wave: 'baseline' as const }, comment: 'gone', dryRun: false };
		await reviewResponses(t.db, access, owner, { ...rejecting, state: 'rejected' }, NOW);
		const left = await t.db
			.selectFrom('design_psu_levels')
			.select('wave')
			.distinct()
			.where('campaign_id', '=', published.campaignId)
			.execute();
		expect(left.map((row) => row.wave)).toEqual(['endline']);
		await reviewResponses(t.db, access, owner, { ...rejecting, state: 'approved' }, NOW);
		await expectSplitsOfDesignSums(await readDesignPsus(t.db, published.campaignId));
	});

	it('follows a rejection and a restoration of many responses, back to the same report', async () => {
		const access = await getCampaignAccess(t.db, owner, published.campaignId);
		const before = await readReport();
		const filter = { wave: 'endline' as const, group: 'exposed' as const };
		await reviewResponses(
			t.db,
			access,
			owner,
			{ filter, state: 'rejected', comment: 'a test of the sums', dryRun: false },
			NOW
		);
		await expectPsusAddUp();
		const rejected = await readReport();
		const endline = (report: CampaignReport) =>
			knw1(report).cells.find((cell) => cell.wave === 'endline' && cell.group === 'exposed');
		expect(endline(rejected)?.n ?? 0).toBe(0);
		await reviewResponses(t.db, access, owner, { filter, state: 'approved', comment: 'restored', dryRun: false }, NOW);
		await expectPsusAddUp();
		const restored = await readReport();
		await expectAgreementWithR(restored);
		// Sums taken out and put back again: the same to the last digits a double keeps.
		expectSameWithin(restored.indicators, before.indicators, 1e-9);
		await expectSplitsOfDesignSums(await readDesignPsus(t.db, published.campaignId));
	});
});

function expectSameWithin(actual: unknown, expected: unknown, tolerance: number, path = ''): void {
	if (typeof expected === 'number' && typeof actual === 'number') {
		expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
	} else if (Array.isArray(expected)) {
		expect(Array.isArray(actual) && actual.length, path).toBe(expected.length);
		expected.forEach((item, i) => expectSameWithin((actual as unknown[])[i], item, tolerance, `${path}[${i}]`));
	} else if (typeof expected === 'object' && expected !== null) {
		expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
		for (const [key, value] of Object.entries(expected))
			expectSameWithin((actual as Record<string, unknown>)[key], value, tolerance, `${path}.${key}`);
	} else expect(actual, path).toEqual(expected);
}
