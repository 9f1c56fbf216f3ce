import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export type Cell = string | number | boolean | null;
export type Rows = Cell[][];

/** The pyxform samples the repository keeps: tests/fixtures/xlsform. */
const FIXTURES = fileURLToPath(new URL('../../../../fixtures/xlsform/', import.meta.url));

export async function readFixture(name: string): Promise<Uint8Array> {
	return new Uint8Array(await readFile(FIXTURES + name));
}

/** A workbook with the given sheets, in order, each as rows of cells. */
export async function buildWorkbook(sheets: Record<string, Rows>): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	for (const [name, rows] of Object.entries(sheets)) {
		const sheet = workbook.addWorksheet(name);
		rows.forEach((row, index) => {
			row.forEach((value, column) => {
				if (value !== null) sheet.getCell(index + 1, column + 1).value = value;
			});
		});
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A form with a survey sheet under the header `type, name, label, …columns` and a choices sheet. */
export async function buildForm(
	survey: Rows,
	choices: Rows = [['list_name', 'name', 'label']],
	settings?: Rows
): Promise<Uint8Array> {
	return buildWorkbook({ survey, choices, ...(settings && { settings }) });
}

/** Every sheet as rows of texts, keyed by sheet name. */
export async function readWorkbook(bytes: Uint8Array): Promise<Record<string, string[][]>> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	const sheets: Record<string, string[][]> = {};
	for (const sheet of workbook.worksheets) {
		const rows: string[][] = [];
		sheet.eachRow((row) => {
			const values: string[] = [];
			for (let column = 1; column <= sheet.columnCount; column++) {
				const value = row.getCell(column).value;
				values.push(value === null || value === undefined ? '' : String(value));
			}
			rows.push(values);
		});
		sheets[sheet.name] = rows;
	}
	return sheets;
}

/** A sheet's rows as objects keyed by the header row. */
export function toRecords(rows: string[][]): Record<string, string>[] {
	const [header, ...body] = rows;
	return body.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}
