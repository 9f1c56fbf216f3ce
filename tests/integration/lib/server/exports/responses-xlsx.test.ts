import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { exportResponsesXlsx } from '$lib/server/exports/responses-xlsx';
import { findCollectTarget } from '$lib/server/responses/target';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

const COUNT = 2500;

async function readStream(stream: ReadableStream<Uint8Array>): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(await new Response(stream).arrayBuffer());
	return workbook;
}

describe.each(DIALECTS)('responses as XLSX past a sheet’s rows on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let published: PublishedCampaign;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user.id;
		published = await publishCampaign(t.db, owner);
		const target = await findCollectTarget(t.db, published.link('baseline', 'exposed').token);
		await insertSyntheticResponses(t.db, target!, {
			count: COUNT,
			profile: BASELINE_PROFILE,
			seed: 3,
			submittedOn: '2026-06-01'
		});
	});
	afterEach(async () => t.close());

	it.each([
		[false, 1000, ['responses', 'responses 2', 'responses 3', 'codebook'], [999, 999, 502]],
		[true, 1000, ['responses', 'responses 2', 'responses 3', 'codebook'], [998, 998, 504]],
		[false, 2501, ['responses', 'codebook'], [2500]]
	])(
		'with HXL %s and sheets of %i rows, fills as many sheets as it takes, each with its header',
		async (hxl, sheetRows, names, counts) => {
			const exported = await exportResponsesXlsx(t.db, owner, published.campaignId, { hxl, language: null, sheetRows });
			expect(exported.total).toBe(COUNT);
			const workbook = await readStream(exported.stream);
			expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(names);
			const headerRows = hxl ? 2 : 1;
			const sheets = workbook.worksheets.filter((sheet) => sheet.name.startsWith('responses'));
			expect(sheets.map((sheet) => sheet.actualRowCount - headerRows)).toEqual(counts);
			const headers = sheets.map((sheet) => JSON.stringify(sheet.getRow(1).values));
			expect(new Set(headers).size).toBe(1);
			const ids = sheets.flatMap((sheet) => {
				const values: string[] = [];
				sheet.eachRow((row, number) => number > headerRows && values.push(String(row.getCell(1).value)));
				return values;
			});
			expect(ids).toHaveLength(COUNT);
			expect(new Set(ids).size).toBe(COUNT);
			expect([...ids].sort()).toEqual(ids);
		}
	);
});
