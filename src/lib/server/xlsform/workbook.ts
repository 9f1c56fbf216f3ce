import ExcelJS from 'exceljs';
import type { SheetName } from './types';
import { checkUnpackedSize } from './zip-size';

export interface SheetRow {
	/** The row number the spreadsheet shows. */
	number: number;
	/** Cell texts by lower-cased column name; empty cells are absent. */
	cells: Map<string, string>;
}

export interface Sheet {
	name: SheetName;
	headerRow: number;
	/** Column names as the file spells them, in order, each once. */
	columns: string[];
	rows: SheetRow[];
}

/** pyxform's spellings of the same columns. */
const COLUMN_ALIASES: Record<string, string> = {
	'list name': 'list_name',
	'list-name': 'list_name'
};

export function normaliseColumn(name: string): string {
	const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
	return COLUMN_ALIASES[key] ?? key;
}

/** Null when the bytes are not an .xlsx workbook; the library's message says nothing a user could act on. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | 'too_large' | null> {
	// The library would unpack all of it in memory, a "zip bomb" of a few kB filling it.
	const check = checkUnpackedSize(bytes);
	if (check !== 'safe') return check === 'too_large' ? 'too_large' : null;
	const workbook = new ExcelJS.Workbook();
	try {
		// The library's typing wants its own Buffer; any Node Buffer is one at run time.
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
		return workbook;
	} catch {
		return null;
	}
}

export function findWorksheet(workbook: ExcelJS.Workbook, name: SheetName): ExcelJS.Worksheet | undefined {
	return workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === name);
}

/** The header is the first row with any text; rows with no text at all are left out. */
export function readSheet(worksheet: ExcelJS.Worksheet, name: SheetName): Sheet | null {
	let header: Map<number, string> | null = null;
	let headerRow = 0;
	const rows: SheetRow[] = [];
	worksheet.eachRow({ includeEmpty: false }, (row, number) => {
		const texts = new Map<number, string>();
		row.eachCell({ includeEmpty: false }, (cell, column) => {
			const text = readCell(cell.value);
			if (text !== '') texts.set(column, text);
		});
		if (texts.size === 0) return;
		if (!header) {
			header = texts;
			headerRow = number;
			return;
		}
		const cells = new Map<string, string>();
		for (const [column, text] of texts) {
			const key = header.get(column);
			if (key !== undefined && !cells.has(normaliseColumn(key))) cells.set(normaliseColumn(key), text);
		}
		if (cells.size > 0) rows.push({ number, cells });
	});
	if (!header) return null;
	const columns = [...new Set((header as Map<number, string>).values())];
	return { name, headerRow, columns, rows };
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
