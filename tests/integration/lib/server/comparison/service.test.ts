import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCampaignsForResults } from '$lib/server/access/readable';
import { exportComparisonCsv } from '$lib/server/comparison/csv';
import type { ComparisonQuery } from '$lib/comparison/types';
import { comparisonQuerySchema, readComparisonQuery } from '$lib/server/comparison/schema';
import { getComparisonView } from '$lib/server/comparison/service';
import { messages as fr } from '$lib/i18n/catalogues/fr';
import { DEMO_DONOR, seedDemo } from '$lib/server/demo/seed';
import { findOrganisationByName } from '$lib/server/organisations/repository';
import { revokeShare, shareCampaign } from '$lib/server/sharing/service';
import { findUserByEmail } from '$lib/server/users/repository';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';

const query = (search: string): ComparisonQuery =>
	comparisonQuerySchema.parse(readComparisonQuery(new URLSearchParams(search)));

describe.each(DIALECTS)('the comparison page on %s', (dialect) => {
	let t: TestDatabase;
	let donorId: string;
	let ownerId: string;

	beforeAll(async () => {
		t = await openTestDatabase(dialect);
		await seedDemo(t.db, new Date('2026-11-20T10:00:00.000Z'));
		ownerId = (await findUserByEmail(t.db, 'ngo-owner@demo.example.org'))!.id;
		donorId = (await findUserByEmail(t.db, 'donor@demo.example.org'))!.id;
	}, 120_000);
	afterAll(async () => t?.close());

	it.each([
		{ search: '', chosen: 6, shown: 5, countries: ['CI', 'GN', 'ML', 'NE', 'SN'] },
		{ search: 'country=SN&country=ML', chosen: 3, shown: 2, countries: ['ML', 'SN'] },
		{ search: 'country=SN', chosen: 2, shown: 1, countries: ['SN'] },
		{ search: 'channel=school', chosen: 1, shown: 1, countries: ['CI'] },
		{ search: 'year=2025', chosen: 0, shown: 0, countries: [] }
	])('narrows the donor’s campaigns to "$search"', async ({ search, chosen, shown, countries }) => {
		const view = await getComparisonView(t.db, await listCampaignsForResults(t.db, donorId), query(search), 'en');
		expect(view.visible).toBe(6);
		expect(view.chosen).toBe(chosen);
		expect(view.main.rows).toHaveLength(shown);
		expect(view.main.rows.length + view.main.excluded.length).toBe(chosen);
		expect([...new Set(view.main.rows.flatMap((row) => row.countries))].sort()).toEqual(countries);
		// One campaign is its own estimate: there is a pool from two on.
		expect(view.main.pooled?.k ?? null).toBe(shown >= 2 ? shown : null);
		expect(view.primaries.map((comparison) => comparison.indicator)).toEqual(['KNW1', 'RSK1', 'INT1']);
		for (const comparison of view.primaries) expect(comparison.rows).toHaveLength(shown);
	});

	it('orders by effect, names the organisation, and shows no count below 5', async () => {
		const view = await getComparisonView(
			t.db,
			await listCampaignsForResults(t.db, donorId),
			query('indicator=INT1'),
			'fr'
		);
		const values = view.main.rows.map((row) => row.value);
		expect(values).toEqual([...values].sort((a, b) => b - a));
		expect(view.main.name).toBe(fr['indicator.INT1.name']);
		expect(new Set(view.main.rows.map((row) => row.organisation))).toEqual(new Set(['Sahel Voices (demo)']));
		expect(Math.min(...view.main.rows.map((row) => row.n))).toBeGreaterThanOrEqual(50);
		expect(view.main.excluded).toEqual([
			{ id: expect.any(String), title: 'Kolda caravan — a first try', message: expect.stringContaining('25') }
		]);
		const weights = view.main.rows.map((row) => row.weight!);
		expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 10);
	});

	it('writes the table as CSV: a row per campaign shown, then the pool', async () => {
		const { filename, body } = await exportComparisonCsv(
			t.db,
			await listCampaignsForResults(t.db, donorId),
			query('country=SN&country=ML'),
			'en'
		);
		expect(filename).toMatch(/^comparison-KNW1-\d{4}-\d{2}-\d{2}\.csv$/);
		expect(body.startsWith('\uFEFF')).toBe(true);
		const rows = parse(body.slice(1), { columns: true }) as Record<string, string>[];
		expect(rows.map((row) => row.countries)).toEqual(['SN', 'ML', '']);
		expect(rows[2]).toMatchObject({ campaign: 'Pooled estimate (2 campaigns)', weight: '1', indicator: 'KNW1' });
		expect(Number(rows[2].i2)).toBeGreaterThan(0);
		// Both campaigns have a comparison group: their impact is given, the pool is of the changes only.
		for (const row of rows.slice(0, 2)) expect(Number(row.impact_ci_high)).toBeGreaterThan(Number(row.impact_ci_low));
		expect(rows[2].impact).toBe('');
	});

	it('gives an impact only to campaigns with a comparison group', async () => {
		const view = await getComparisonView(t.db, await listCampaignsForResults(t.db, donorId), query(''), 'en');
		const withImpact = view.main.rows
			.filter((row) => row.impact !== null)
			.map((row) => row.countries[0])
			.sort();
		expect(withImpact).toEqual(['CI', 'ML', 'SN']);
	});

	it('shows a donor only what is shared with it, at once after a share is revoked', async () => {
		const donorOrganisation = (await findOrganisationByName(t.db, DEMO_DONOR))!;
		const [first] = await listCampaignsForResults(t.db, donorId);
		await revokeShare(t.db, ownerId, first.id, donorOrganisation.id);
		try {
			const view = await getComparisonView(t.db, await listCampaignsForResults(t.db, donorId), query(''), 'en');
			expect(view.visible).toBe(5);
			expect([...view.main.rows, ...view.main.excluded].map((entry) => entry.id)).not.toContain(first.id);
			expect(
				(await getComparisonView(t.db, await listCampaignsForResults(t.db, ownerId), query(''), 'en')).visible
			).toBe(6);
		} finally {
			await shareCampaign(t.db, ownerId, first.id, donorOrganisation.id);
		}
	});
});
