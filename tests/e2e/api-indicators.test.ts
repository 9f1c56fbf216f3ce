import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterCampaign, BASELINE_PROFILE, drawAnswers, seededRandom } from '$lib/server/demo/synthetic';
import { createTokenOverHttp, setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { buildCsv, toCells } from '../helpers/responses-csv';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

const DATABASES = (await postgresAvailable()) ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

/** Rows of respondents for one cell, as a CSV the import API reads. */
function cellCsv(count: number, effect: number, seed: number): string {
	const random = seededRandom(seed);
	const profile = afterCampaign(BASELINE_PROFILE, effect);
	return buildCsv(
		Array.from({ length: count }, (_, i) => ({
			client_id: `cell-${seed}-${i}`,
			...toCells(drawAnswers(random, profile, ['tamba', 'kolda'], 2))
		}))
	);
}

describe.each(DATABASES)('the indicators API on %s', (database) => {
	let server: RunningServer;
	let drop: (() => Promise<void>) | undefined;
	let token: string;
	let strangerToken: string;
	let campaignId: string;
	let smallCampaignId: string;

	const get = (path: string, as = token, language = 'en') =>
		fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${as}`, 'accept-language': language } });
	const importCell = (id: string, wave: string, group: string, csv: string) =>
		fetch(`${server.url}/api/v1/campaigns/${id}/responses/import?wave=${wave}&group=${group}&language=fr`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
			body: csv
		});

	beforeAll(async () => {
		const scratch = database === 'postgres' ? await createScratchDatabase() : null;
		drop = scratch?.drop;
		server = await startServer(scratch ? { DATABASE_URL: scratch.url } : {});
		token = await createTokenOverHttp(await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info'));
		strangerToken = await createTokenOverHttp(await signUpOverHttp(server.url, 'stranger@example.org', 'Autre ONG'));
		campaignId = (await publishOverHttp(server.url, token)).campaignId;
		smallCampaignId = (await publishOverHttp(server.url, token, { title: 'Trop petite' })).campaignId;
		const cells = [
			[campaignId, 'baseline', 'exposed', 120, 0],
			[campaignId, 'endline', 'exposed', 130, 1],
			[campaignId, 'baseline', 'comparison', 100, 0],
			[campaignId, 'endline', 'comparison', 40, 0.1],
			[smallCampaignId, 'baseline', 'exposed', 20, 0],
			[smallCampaignId, 'endline', 'exposed', 60, 1]
		] as const;
		for (const [i, [id, wave, group, count, effect]] of cells.entries()) {
			const imported = await importCell(id, wave, group, cellCsv(count, effect, i + 1));
			expect(imported.status, await imported.clone().text()).toBe(200);
		}
	});
	afterAll(async () => {
		await server?.stop();
		await drop?.();
	});

	it('gives the same numbers as a CSV table, a row per cell, change and impact', async () => {
		const response = await get(`/campaigns/${campaignId}/indicators.csv`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes);
		const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
		const json = await (await get(`/campaigns/${campaignId}/indicators?disaggregate=sex`)).json();
		const knw1 = json.indicators.find((indicator: { id: string }) => indicator.id === 'KNW1');
		const all = rows.filter((row) => row.indicator === 'KNW1' && row.dimension === '');
		expect(all.map((row) => row.result)).toEqual(['cell', 'cell', 'cell', 'cell', 'change', 'change', 'impact']);
		const cell = all.find((row) => row.result === 'cell' && row.wave === 'endline' && row.group === 'exposed')!;
		const expected = knw1.cells.find(
			(entry: { wave: string; group: string }) => entry.wave === 'endline' && entry.group === 'exposed'
		);
		expect(Number(cell.value)).toBe(expected.value);
		expect(Number(cell.ci_low)).toBe(expected.ciLow);
		expect(Number(all.at(-1)!.value)).toBe(knw1.impact.value);
		expect(rows.some((row) => row.dimension === 'sex' && row.level === 'female')).toBe(true);
		expect((await get(`/campaigns/${campaignId}/indicators.csv`, strangerToken)).status).toBe(404);
	});

	it('answers the documented shape: cells, changes, impact, disaggregations and flags', async () => {
		const response = await get(`/campaigns/${campaignId}/indicators?disaggregate=sex,age_band`);
		expect(response.status).toBe(200);
		const report = await response.json();
		expect(report).toMatchObject({
			campaignId,
			moduleVersion: 1,
			generatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/)
		});
		expect(report.indicators.map((indicator: { id: string }) => indicator.id).slice(0, 3)).toEqual([
			'KNW1',
			'RSK1',
			'INT1'
		]);
		const knw1 = report.indicators[0];
		expect(knw1).toMatchObject({ id: 'KNW1', type: 'proportion', direction: 'up' });
		expect(knw1.cells).toHaveLength(4);
		for (const cell of knw1.cells) {
			expect(Object.keys(cell).sort()).toEqual([
				'ciHigh',
				'ciLow',
				'complementary',
				'deff',
				'effectiveN',
				'group',
				'lowPrecision',
				'n',
				'se',
				'suppressed',
				'value',
				'wave'
			]);
			expect(cell.value).toBeGreaterThanOrEqual(0);
			expect(cell.value).toBeLessThanOrEqual(1);
			expect(cell.ciLow).toBeLessThanOrEqual(cell.value);
			// A simple design: §4's standard error, no design effect.
			expect(cell.se).toBeCloseTo(Math.sqrt((cell.value * (1 - cell.value)) / cell.n), 12);
			expect(cell).toMatchObject({ deff: 1, effectiveN: cell.n });
		}
		expect(report.design).toEqual({
			type: 'simple',
			psus: null,
			strata: null,
			df: null,
			clusters: 0,
			weighted: false,
			panel: false
		});
		expect(report.retention).toBeUndefined();
		expect(
			knw1.cells.find((cell: { wave: string; group: string }) => cell.wave === 'endline' && cell.group === 'comparison')
		).toMatchObject({ n: 40, lowPrecision: true, suppressed: false });
		const change = knw1.changes.find((entry: { group: string }) => entry.group === 'exposed');
		expect(change).toMatchObject({
			from: 'baseline',
			to: 'endline',
			effectSizeKind: 'cohens_h',
			suppressed: false,
			sentence: expect.stringContaining('Knows the risks')
		});
		for (const key of ['value', 'ciLow', 'ciHigh', 'pValue', 'effectSize']) expect(typeof change[key]).toBe('number');
		// The SE §4 pools a simple design's change with: its interval's width over 2z.
		expect(change.se).toBeCloseTo((change.ciHigh - change.ciLow) / (2 * 1.959963984540054), 8);
		expect(change.df).toBeNull();
		expect(knw1.impact.se).toBeGreaterThan(0);
		expect(knw1.impact.df).toBeNull();
		expect(knw1.impact).toMatchObject({
			from: 'baseline',
			to: 'endline',
			suppressed: false,
			value: expect.any(Number),
			ciLow: expect.any(Number),
			ciHigh: expect.any(Number),
			pValue: expect.any(Number)
		});
		expect(Object.keys(knw1.disaggregations)).toEqual(['sex', 'age_band']);
		const female = knw1.disaggregations.sex.find((level: { level: string }) => level.level === 'female');
		expect(Object.keys(female).sort()).toEqual(['cells', 'changes', 'impact', 'level']);
		const rsk1 = report.indicators[1];
		expect(rsk1.changes[0].effectSizeKind).toBe('hedges_g');
		expect(
			report.flags.every(
				(flag: { code: string; message: string }) => typeof flag.code === 'string' && flag.message.length > 0
			)
		).toBe(true);
	});

	it('suppresses a cell under 25 and every result that needs it; no impact without a comparison group', async () => {
		const report = await (await get(`/campaigns/${smallCampaignId}/indicators`)).json();
		const knw1 = report.indicators[0];
		expect(knw1.cells.find((cell: { wave: string }) => cell.wave === 'baseline')).toEqual({
			wave: 'baseline',
			group: 'exposed',
			n: 20,
			value: null,
			ciLow: null,
			ciHigh: null,
			se: null,
			deff: null,
			effectiveN: null,
			suppressed: true,
			complementary: false,
			lowPrecision: false
		});
		expect(knw1.changes[0]).toMatchObject({
			suppressed: true,
			value: null,
			ciLow: null,
			ciHigh: null,
			pValue: null,
			effectSize: null
		});
		expect(knw1.impact).toBeNull();
	});

	it('pools the campaigns’ changes, listing the one left out', async () => {
		const response = await get(`/compare?indicator=KNW1&campaign=${campaignId}&campaign=${smallCampaignId}`);
		expect(response.status).toBe(200);
		const comparison = await response.json();
		expect(comparison.indicator).toBe('KNW1');
		expect(comparison.campaigns).toEqual([
			{
				id: campaignId,
				title: 'Partir sans papiers ? Parlons-en',
				countries: ['SN'],
				organisationId: expect.stringMatching(/^[a-z2-7]{24}$/),
				channels: expect.any(Array),
				startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
				endDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
				n: expect.any(Number),
				change: expect.objectContaining({ group: 'exposed', from: 'baseline', to: 'endline', suppressed: false }),
				impact: expect.objectContaining({
					from: 'baseline',
					to: 'endline',
					suppressed: false,
					sentence: expect.stringContaining('comparison')
				}),
				weight: 1,
				design: 'simple'
			}
		]);
		expect(comparison.campaigns[0].n).toBeGreaterThanOrEqual(50);
		expect(comparison.pooled).toMatchObject({ k: 1, value: comparison.campaigns[0].change.value });
		expect(Object.keys(comparison.pooled)).toEqual(
			expect.arrayContaining(['value', 'ciLow', 'ciHigh', 'tau2', 'i2', 'k'])
		);
		expect(comparison.excluded).toEqual([{ id: smallCampaignId, reason: 'suppressed', message: expect.any(String) }]);
	});

	it('tells the size of sample needed, with no sign-in', async () => {
		const response = await fetch(`${server.url}/api/v1/sample-size?p1=0.5&p2=0.6`);
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({
			p1: 0.5,
			p2: 0.6,
			alpha: 0.05,
			power: 0.8,
			deff: 1,
			n: expect.any(Number),
			clusters: null,
			totalWithComparison: expect.any(Number)
		});
	});

	it('sizes a cluster sample: the design effect of its clusters, and how many clusters', async () => {
		const simple = await (await fetch(`${server.url}/api/v1/sample-size?p1=0.3&p2=0.4`)).json();
		const response = await fetch(`${server.url}/api/v1/sample-size?p1=0.3&p2=0.4&clusterSize=15&icc=0.05`);
		expect(response.status).toBe(200);
		const clustered = await response.json();
		// deff = 1 + (15 − 1) × 0.05 = 1.7: 1.7 times the respondents, in clusters of 15.
		expect(clustered.deff).toBeCloseTo(1.7, 12);
		expect(clustered.n).toBeGreaterThanOrEqual(Math.ceil(1.7 * (simple.n - 1)));
		expect(clustered.n).toBeLessThanOrEqual(Math.ceil(1.7 * simple.n));
		expect(clustered.clusters).toBe(Math.ceil(clustered.n / 15));
	});

	it.each([
		['/campaigns/{id}/indicators?disaggregate=religion', 422, 'disaggregate.0', /Ventilez par sex/],
		['/compare?indicator=NOPE', 422, 'indicator', /module de base/],
		['/compare?indicator=EXP0', 422, 'indicator', /jamais agrégé/],
		['/compare?indicator=KNW1&campaign=not-an-id', 422, 'campaign.0', /24 caractères/],
		['/sample-size?p1=0.5&p2=0.5', 422, 'p2', /doit différer/],
		['/sample-size?p1=50&p2=60', 422, 'p1', /fraction de 0 à 1/],
		['/sample-size?p1=0.3&p2=0.4&clusterSize=15', 422, 'icc', /ou aucun des deux/],
		['/sample-size?p1=0.3&p2=0.4&clusterSize=15&icc=2', 422, 'icc', /entre 0 et 1/],
		['/sample-size?p1=0.3&p2=0.4&clusterSize=0&icc=0.05', 422, 'clusterSize', /nombre entier/],
		['/sample-size?p1=0.3&p2=0.4&clusterSize=15&icc=0.05&deff=2', 422, 'deff', /pas les deux/]
	])('refuses %s in the caller’s language', async (path, status, field, message) => {
		const response = await get(path.replace('{id}', campaignId), token, 'fr');
		expect(response.status).toBe(status);
		const body = await response.json();
		expect(body.error.code).toBe('invalid');
		expect(body.error.fields[field]).toMatch(message);
	});

	it('shows a campaign’s indicators to its organisation only', async () => {
		expect((await get(`/campaigns/${campaignId}/indicators`, strangerToken)).status).toBe(404);
		expect((await fetch(`${server.url}/api/v1/campaigns/${campaignId}/indicators`)).status).toBe(401);
		const compared = await (await get(`/compare?indicator=KNW1&campaign=${campaignId}`, strangerToken)).json();
		expect(compared).toMatchObject({
			campaigns: [],
			excluded: [{ id: campaignId, reason: 'not_found' }],
			pooled: { k: 0, value: null }
		});
	});
});
