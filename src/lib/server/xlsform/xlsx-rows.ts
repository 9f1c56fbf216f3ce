import ExcelJS from 'exceljs';
import { xlsFormSheetOf, type LoadedWorkbook, type RawRow, type WorkbookSheets } from './sheets';
import { checkUnpackedSize } from './zip-size';

/** The XLSForm's sheets of an .xlsx workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<LoadedWorkbook> {
	// The library would unpack all of it in memory, a "zip bomb" of a few kB filling it.
	const check = checkUnpackedSize(bytes);
	if (check !== 'safe') return { ok: false, error: check === 'too_large' ? 'too_large' : 'not_a_workbook' };
	const workbook = new ExcelJS.Workbook();
	try {
		// The library's typing wants its own Buffer; any Node Buffer is one at run time.
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	} catch {
		return { ok: false, error: 'not_a_workbook' };
	}
	const sheets: WorkbookSheets = {};
	for (const worksheet of workbook.worksheets) {
		const name = xlsFormSheetOf(worksheet.name);
		// The first sheet of a name counts, as before any other of the same name in another case.
		if (name && !sheets[name]) sheets[name] = readRows(worksheet);
	}
	const [only, ...others] = workbook.worksheets;
	if (only && others.length === 0 && !sheets.survey) sheets.survey = readRows(only);
	return { ok: true, sheets };
}

function readRows(worksheet: ExcelJS.Worksheet): RawRow[] {
	const rows: RawRow[] = [];
	worksheet.eachRow({ includeEmpty: false }, (row, number) => {
		const texts: RawRow['texts'] = [];
		row.eachCell({ includeEmpty: false }, (cell, column) => {
			const text = readCell(cell.value);
			if (text !== '') texts.push([column, text]);
		});
		rows.push({ number, texts });
	});
	return rows;
}

function readCell(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if ('richText' in value)
		return value.richText
			.map((part) => part.text)
			.join('')
			.trim();
	if ('hyperlink' in value) return readCell(value.text);
	if ('formula' in value || 'sharedFormula' in value) return readCell(value.result ?? null);
	return '';
}
