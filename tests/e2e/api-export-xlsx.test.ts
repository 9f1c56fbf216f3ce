import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_PROFILE, drawAnswers, seededRandom } from '$lib/server/demo/synthetic';
import {
	activeOrganisationId,
	createTokenOverHttp,
	inviteOverHttp,
	setUpOverHttp,
	signUpOverHttp
} from '../helpers/accounts';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { buildCsv, toCells } from '../helpers/responses-csv';
import { HttpClient } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

const DATABASES = (await postgresAvailable()) ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXPOSED = 1500;
/** A comparison group too small for a donor to read its count. */
const COMPARISON = 3;
const COUNT = EXPOSED + COMPARISON;

async function readWorkbook(response: Response): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(await response.arrayBuffer());
	return workbook;
}

/** A sheet's rows as arrays of values, the first column first (exceljs counts from 1). */
function valuesOf(sheet: ExcelJS.Worksheet): unknown[][] {
	const rows: unknown[][] = [];
	sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
	return rows;
}

describe.each(DATABASES)('exporting as XLSX on %s', (database) => {
	let server: RunningServer;
	let drop: (() => Promise<void>) | undefined;
	let owner: string;
	let viewer: string;
	let stranger: string;
	let donor: string;
	let campaignId: string;
	let ownerClient: HttpClient;
	let viewerClient: HttpClient;

	const call = (path: string, as: string) =>
		fetch(`${server.url}/api/v1/campaigns/${campaignId}/${path}`, { headers: { authorization: `Bearer ${as}` } });
	const importCell = async (group: string, count: number, seed: number) => {
		const random = seededRandom(seed);
		const rows = Array.from({ length: count }, (_, i) => ({
			client_id: `${group}-${String(i).padStart(5, '0')}`,
			...toCells(drawAnswers(random, BASELINE_PROFILE, ['tamba', 'kolda'], 2))
		}));
		const response = await fetch(
			`${server.url}/api/v1/campaigns/${campaignId}/responses/import?wave=baseline&group=${group}&language=fr`,
			{
				method: 'POST',
				headers: { authorization: `Bearer ${owner}`, 'content-type': 'text/csv' },
				body: buildCsv(rows)
			}
		);
		expect(response.status, await response.clone().text()).toBe(200);
	};

	beforeAll(async () => {
		const scratch = database === 'postgres' ? await createScratchDatabase() : null;
		drop = scratch?.drop;
		server = await startServer(scratch ? { DATABASE_URL: scratch.url } : {});
		ownerClient = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		owner = await createTokenOverHttp(ownerClient);
		viewerClient = await inviteOverHttp(
			ownerClient,
			await activeOrganisationId(ownerClient),
			'viewer',
			'viewer@example.org'
		);
		viewer = await createTokenOverHttp(viewerClient);
		stranger = await createTokenOverHttp(await signUpOverHttp(server.url, 'stranger@example.org', 'Autre ONG'));
		const donorClient = await signUpOverHttp(server.url, 'donor@example.org', 'Fonds Sahel', 'donor');
		donor = await createTokenOverHttp(donorClient);
		campaignId = (await publishOverHttp(server.url, owner)).campaignId;
		await importCell('exposed', EXPOSED, 7);
		await importCell('comparison', COMPARISON, 8);
		const shared = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/shares`, {
			method: 'POST',
			headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
			body: JSON.stringify({ organisationId: await activeOrganisationId(donorClient) })
		});
		expect(shared.status).toBe(200);
	}, 120_000);
	afterAll(async () => {
		await server?.stop();
		await drop?.();
	});

	it('gives the CSV’s columns and rows on a sheet “responses”, numbers typed as numbers', async () => {
		const response = await call('responses.xlsx', owner);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename=".+-responses-\d{4}-\d{2}-\d{2}\.xlsx"$/
		);
		expect(response.headers.get('x-total-rows')).toBe(String(COUNT));
		const workbook = await readWorkbook(response);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['responses', 'codebook']);
		const [header, ...rows] = valuesOf(workbook.getWorksheet('responses')!);
		const csvResponse = await call('responses.csv', owner);
		expect(csvResponse.headers.get('x-total-rows')).toBe(String(COUNT));
		const csv = parse(await csvResponse.text(), { bom: true }) as string[][];
		expect(header).toEqual(csv[0]);
		expect(rows).toHaveLength(COUNT);
		// Every value prints as the CSV's field: the same rows, in the same order.
		expect(
			rows.map((row) => header.map((_, i) => (row[i] === undefined || row[i] === null ? '' : String(row[i]))))
		).toEqual(csv.slice(1));
		const column = (name: string) => header.indexOf(name);
		expect(typeof rows[0][column('survey_version')]).toBe('number');
		expect(typeof rows[0][column('D2')]).toBe('number');
		expect(rows.every((row) => typeof row[column('I1')] === 'number')).toBe(true);
		expect(typeof rows[0][column('client_id')]).toBe('string');
		expect(typeof rows[0][column('wave')]).toBe('string');
	});

	it('adds the HXL row, and the codebook in the language asked', async () => {
		const workbook = await readWorkbook(await call('responses.xlsx?hxl=1&lang=fr', owner));
		const [header, hashtags, ...rows] = valuesOf(workbook.getWorksheet('responses')!);
		expect(hashtags.slice(0, 2)).toEqual(['#meta+id', '#meta+version']);
		expect(hashtags[header.indexOf('D3')]).toBe('#adm1+code');
		expect(rows).toHaveLength(COUNT);
		const codebook = valuesOf(workbook.getWorksheet('codebook')!);
		const csvCodebook = parse(await (await call('codebook.csv?lang=fr', owner)).text(), { bom: true }) as string[][];
		expect(codebook.map((row) => csvCodebook[0].map((_, i) => (row[i] ?? '') as string))).toEqual(csvCodebook);
		expect(codebook[1][1]).toMatch(/^Identifiant/);
	});

	it('is for owners and editors, each export an audit event naming its format', async () => {
		const exports = async () => {
			const organisationId = await activeOrganisationId(ownerClient);
			const events = (
				await (
					await fetch(`${server.url}/api/v1/organisations/${organisationId}/audit`, {
						headers: { authorization: `Bearer ${owner}` }
					})
				).json()
			).events;
			return (events as { action: string; format: string | null }[])
				.filter((event) => event.action === 'responses_exported')
				.map((event) => event.format);
		};
		const before = await exports();
		expect((await call('responses.xlsx', owner)).status).toBe(200);
		expect((await call('responses.csv', owner)).status).toBe(200);
		expect(await exports()).toEqual(['csv', 'xlsx', ...before]);
		expect((await call('responses.xlsx', viewer)).status).toBe(403);
		expect((await call('responses.xlsx', stranger)).status).toBe(404);
		expect((await call('responses.xlsx', donor)).status).toBe(404);
		expect(await exports()).toHaveLength(before.length + 2);
	});

	it('is offered on the campaign page, and downloads with the session', async () => {
		const page = await (await ownerClient.get(`/campaigns/${campaignId}`)).text();
		expect(page).toContain(`href="/campaigns/${campaignId}/responses.xlsx?lang=fr"`);
		expect(page).toContain(`href="/campaigns/${campaignId}/indicators.xlsx"`);
		expect(await (await viewerClient.get(`/campaigns/${campaignId}`)).text()).not.toContain('responses.xlsx');
		const downloaded = await ownerClient.get(`/campaigns/${campaignId}/responses.xlsx`);
		expect(downloaded.status).toBe(200);
		expect(valuesOf((await readWorkbook(downloaded)).getWorksheet('responses')!)).toHaveLength(COUNT + 1);
		expect((await viewerClient.get(`/campaigns/${campaignId}/responses.xlsx`)).status).toBe(403);
	});

	it('gives the indicator table’s rows, numbers as numbers, and no count below 5 to a donor', async () => {
		const rowsFor = async (as: string) => {
			const response = await call('indicators.xlsx', as);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
			expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="indicators-.+\.xlsx"$/);
			const [header, ...rows] = valuesOf((await readWorkbook(response)).getWorksheet('indicators')!);
			return { header, rows, n: header.indexOf('n'), group: header.indexOf('group'), result: header.indexOf('result') };
		};
		const csv = parse(await (await call('indicators.csv', owner)).text(), { bom: true }) as string[][];
		const mine = await rowsFor(owner);
		expect(mine.header).toEqual(csv[0]);
		expect(mine.rows).toHaveLength(csv.length - 1);
		const cells = mine.rows.filter((row) => row[mine.result] === 'cell');
		expect(cells.every((row) => typeof row[mine.n] === 'number')).toBe(true);
		expect(cells.some((row) => row[mine.group] === 'comparison' && row[mine.n] === COMPARISON)).toBe(true);
		expect(typeof cells[0][mine.header.indexOf('value')]).toBe('number');
		expect(typeof cells[0][mine.header.indexOf('suppressed')]).toBe('boolean');

		const theirs = await rowsFor(donor);
		const counts = theirs.rows.filter((row) => row[theirs.result] === 'cell').map((row) => row[theirs.n]);
		expect(counts).toContain(undefined);
		expect(counts.every((n) => n === undefined || (typeof n === 'number' && n >= 5))).toBe(true);
		expect((await call('indicators.xlsx', stranger)).status).toBe(404);
	});

	it('documents both endpoints', async () => {
		const document = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
		expect(Object.keys(document.paths)).toEqual(
			expect.arrayContaining(['/campaigns/{id}/responses.xlsx', '/campaigns/{id}/indicators.xlsx'])
		);
		expect(Object.keys(document.paths['/campaigns/{id}/responses.xlsx'].get.responses[200].content)).toEqual([
			XLSX_TYPE
		]);
	});
});
