import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCodebook } from '$lib/server/exports/codebook-csv';
import { exportResponsesCsv, type CsvLayout } from '$lib/server/exports/responses-csv';
import { exportResponsesSyntax } from '$lib/server/exports/responses-syntax';
import { exportResponsesXlsx } from '$lib/server/exports/responses-xlsx';
import { findCollectTarget, type CollectTarget } from '$lib/server/responses/target';
import { writeResponse } from '$lib/server/responses/writer';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishRosterCampaign } from '../../../../helpers/repeat-survey';
import { RESPONDENT } from '../../../../helpers/responses';

const NOW = new Date('2026-11-20T10:00:00.000Z');

/** By client id: two members (the first's name formula-like), none, the group not answered, one member. */
const CUSTOM: Record<string, Record<string, unknown>> = {
	'household-1': {
		members: [
			{ name: '=Awa', age: 34, likes: ['fm'] },
			{ name: 'Moussa', age: 3 }
		],
		comment: 'deux'
	},
	'household-2': { members: [] },
	'household-3': { comment: 'pas de liste' },
	'household-4': { members: [{ name: 'Fatou', age: 12, likes: ['fm', 'tv'] }] }
};

async function readWorkbook(stream: ReadableStream<Uint8Array>): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(await new Response(stream).arrayBuffer());
	return workbook;
}

function readSheet(workbook: ExcelJS.Workbook, name: string): unknown[][] {
	const rows: unknown[][] = [];
	workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
	return rows;
}

describe.each(DIALECTS)('repeat groups in the responses exports on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let campaignId: string;
	let target: CollectTarget;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user.id;
		const published = await publishRosterCampaign(t.db, owner);
		campaignId = published.campaignId;
		target = (await findCollectTarget(t.db, published.links[0].token))!;
	});
	afterEach(async () => t.close());

	async function writeHouseholds(): Promise<void> {
		for (const [clientId, custom] of Object.entries(CUSTOM))
			await writeResponse(t.db, {
				target,
				submission: {
					clientId,
					language: 'fr',
					startedAt: '2026-11-20T09:50:00.000Z',
					submittedAt: NOW.toISOString(),
					outcome: 'complete',
					core: RESPONDENT,
					custom: custom as never
				},
				context: { channel: 'api', collectorId: owner, now: NOW },
				address: '127.0.0.1'
			});
	}

	async function exportCsv(layout: CsvLayout, repeat: string | null): Promise<Record<string, string>[]> {
		const exported = await exportResponsesCsv(t.db, owner, campaignId, { hxl: false, layout, repeat }, NOW);
		expect(exported.filename).toBe(`foyers-2026-responses${repeat ? `-${repeat}` : ''}-2026-11-20.csv`);
		const text = (await new Response(exported.stream).text()).replace(/^\uFEFF/, '');
		return parse(text, { columns: true, delimiter: layout.separator });
	}

	it('puts each group on a sheet of its own, an instance a row linked to its response, counts in the main sheet', async () => {
		await writeHouseholds();
		const workbook = await readWorkbook(
			(await exportResponsesXlsx(t.db, owner, campaignId, { hxl: false, language: 'en' }, NOW)).stream
		);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['responses', 'members', 'pets', 'codebook']);
		const [header, ...rows] = readSheet(workbook, 'responses');
		expect(header).toContain('members');
		expect(header).toContain('pets');
		expect(header).not.toContain('age');
		expect(header).not.toContain('name');
		const at = (name: string) => header.indexOf(name);
		expect(rows.map((row) => [row[at('client_id')], row[at('members')] ?? null, row[at('comment')] ?? null])).toEqual([
			['household-1', 2, 'deux'],
			['household-2', 0, null],
			['household-3', null, 'pas de liste'],
			['household-4', 1, null]
		]);
		expect(readSheet(workbook, 'members')).toEqual([
			['_index', '_parent_index', '_parent_table_name', 'name', 'age', 'likes'],
			[1, 'household-1', 'responses', '=Awa', 34, 'fm'],
			[2, 'household-1', 'responses', 'Moussa', 3],
			[3, 'household-4', 'responses', 'Fatou', 12, 'fm tv']
		]);
		expect(readSheet(workbook, 'pets')).toEqual([['_index', '_parent_index', '_parent_table_name', 'kind']]);
	});

	it('gives a group’s joined CSV laid out as the responses’ (option columns, labels, formulas made safe)', async () => {
		await writeHouseholds();
		const plain = await exportCsv({ separator: ',', optionColumns: false }, 'members');
		expect(plain).toEqual([
			{
				_index: '1',
				_parent_index: 'household-1',
				_parent_table_name: 'responses',
				name: "'=Awa",
				age: '34',
				likes: 'fm'
			},
			{
				_index: '2',
				_parent_index: 'household-1',
				_parent_table_name: 'responses',
				name: 'Moussa',
				age: '3',
				likes: ''
			},
			{
				_index: '3',
				_parent_index: 'household-4',
				_parent_table_name: 'responses',
				name: 'Fatou',
				age: '12',
				likes: 'fm tv'
			}
		]);
		const wide = await exportCsv({ separator: ';', optionColumns: true, labels: 'en' }, 'members');
		expect(wide.map((row) => [row.likes, row['likes/fm'], row['likes/tv']])).toEqual([
			['On the radio', '1', '0'],
			['', '', ''],
			['On the radio | On TV', '1', '1']
		]);
		const responses = await exportCsv({ separator: ',', optionColumns: false }, null);
		const parents = new Set(responses.map((row) => row.client_id));
		expect(plain.every((row) => parents.has(row._parent_index))).toBe(true);
		expect(await exportCsv({ separator: ',', optionColumns: false }, 'pets')).toEqual([]);
	});

	it('refuses a group the campaign does not have', async () => {
		await expect(
			exportResponsesCsv(t.db, owner, campaignId, {
				hxl: false,
				layout: { separator: ',', optionColumns: false },
				repeat: 'age'
			})
		).rejects.toMatchObject({ code: 'invalid', messageKey: 'errors.repeat_export_unknown' });
	});

	it('exports a campaign without responses: every sheet with its header', async () => {
		const workbook = await readWorkbook(
			(await exportResponsesXlsx(t.db, owner, campaignId, { hxl: true, language: null }, NOW)).stream
		);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['responses', 'members', 'pets', 'codebook']);
		expect(readSheet(workbook, 'members')).toEqual([
			['_index', '_parent_index', '_parent_table_name', 'name', 'age', 'likes'],
			['#meta+index', '#meta+parent+id', '#meta+parent+table', '#indicator+name', '#indicator+age', '#indicator+likes']
		]);
	});

	it('describes members in the codebook by their group, and syntax files read the responses’ file alone', async () => {
		const codebook = await buildCodebook(t.db, owner, campaignId, 'en');
		const row = (variable: string) => codebook.rows.find((candidate) => candidate[0] === variable);
		expect(codebook.rows[0]).toEqual(['variable', 'label', 'type', 'value', 'value_label', 'repeat_group']);
		expect(row('members')).toEqual(['members', 'Household members', 'repeat', '', '', '']);
		expect(row('age')).toEqual(['age', 'Age', 'integer', '', '', 'members']);
		expect(row('comment')?.[5]).toBe('');
		expect(row('_parent_index')?.[2]).toBe('text');
		for (const tool of ['spss', 'stata'] as const) {
			const { body } = await exportResponsesSyntax(
				t.db,
				owner,
				campaignId,
				{ tool, language: 'en', layout: { separator: ',', optionColumns: false } },
				NOW
			);
			expect(body).toContain('Reads the responses file only: each repeat group, members, pets,');
			expect(body).toMatch(/\bmembers\b/);
			expect(body).not.toMatch(/\bage\b/);
		}
	});

	it('reads the responses file into PSPP with the group’s number of instances as a number', async () => {
		await writeHouseholds();
		const dir = mkdtempSync(join(tmpdir(), 'mesure-repeat-syntax-'));
		try {
			const layout = { separator: ',', optionColumns: false } as const;
			const csv = await exportResponsesCsv(
				t.db,
				owner,
				campaignId,
				{ hxl: false, layout: { ...layout, lineBreaks: 'space' } },
				NOW
			);
			writeFileSync(join(dir, csv.filename), Buffer.from(await new Response(csv.stream).arrayBuffer()));
			const syntax = await exportResponsesSyntax(
				t.db,
				owner,
				campaignId,
				{ tool: 'spss', language: 'en', layout },
				NOW
			);
			writeFileSync(
				join(dir, 'read.sps'),
				`${syntax.body}SAVE TRANSLATE /OUTFILE='values.csv' /TYPE=CSV /FIELDNAMES /CELLS=VALUES /REPLACE.\n`
			);
			const run = spawnSync('pspp', ['read.sps'], { cwd: dir, encoding: 'utf8' });
			expect(`${run.stdout}${run.stderr}`).not.toMatch(/warning|error/i);
			const values = parse(readFileSync(join(dir, 'values.csv')), { columns: true }) as Record<string, string>[];
			expect(values.map((row) => [row.client_id.trim(), row.members.trim()])).toEqual([
				['household-1', '2'],
				['household-2', '0'],
				['household-3', ''],
				['household-4', '1']
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
