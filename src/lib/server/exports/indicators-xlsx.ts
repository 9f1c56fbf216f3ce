import type { Kysely } from 'kysely';
import ExcelJS from 'exceljs';
import type { CampaignAccess } from '../access/campaign';
import type { Database } from '../db/schema';
import { buildIndicatorTable } from './indicators-csv';

/** The indicator table as XLSX, one sheet "indicators": the CSV's rows, numbers as numbers, hidden counts empty. */
export async function exportIndicatorsXlsx(
	db: Kysely<Database>,
	access: CampaignAccess,
	locale: string
): Promise<{ filename: string; body: Uint8Array }> {
	const table = await buildIndicatorTable(db, access, locale);
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('indicators');
	for (const row of table.rows) sheet.addRow(row.map((cell) => (cell === null ? undefined : cell)));
	return { filename: table.filename('xlsx'), body: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}
